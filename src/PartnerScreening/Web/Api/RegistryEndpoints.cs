using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Registry;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.Web.Api;

/// <summary>A decision on a hit sent to <c>POST /api/v1/decisions</c>.</summary>
public sealed record DecisionApiRequest(SubjectKind SubjectKind, int SubjectId, string SnapshotId, string SourceEntityId, DecisionKind Kind, string? Reason);

/// <summary>
/// Registry endpoints under <c>/api/v1</c>: <c>/partners</c>, <c>/agreements</c> and <c>/researchers</c> (list,
/// get, create, edit, archive), the current hits of a partner or researcher with the decisions on them
/// (<c>/partners/{id}/hits</c>, <c>/researchers/{id}/hits</c>), <c>/decisions</c>, <c>/alerts</c> and
/// <c>/rescreen/runs</c>. Records are archived, never deleted.
/// </summary>
internal static class RegistryEndpoints
{
    public static RouteGroupBuilder MapRegistryEndpoints(this RouteGroupBuilder api)
    {
        var partners = api.MapGroup("/partners").WithTags("Registry");
        partners.MapGet("/", (RegistryStore store, bool? includeArchived, string? search, CancellationToken ct) =>
            store.ListPartnersAsync(includeArchived ?? false, search, ct)).WithName("ListPartners");
        partners.MapGet("/{id:int}", async Task<Results<Ok<Partner>, ProblemHttpResult>> (RegistryStore store, int id, CancellationToken ct) =>
            await store.GetPartnerAsync(id, ct) is { } partner ? TypedResults.Ok(partner) : ApiProblems.NotFound($"partner {id}")).WithName("GetPartner");
        partners.MapPost("/", (RegistryStore store, Partner partner, CancellationToken ct) =>
            Create(() => store.CreatePartnerAsync(partner with { Id = 0 }, ct), p => $"/api/v1/partners/{p.Id}")).WithName("CreatePartner");
        partners.MapPut("/{id:int}", (RegistryStore store, int id, Partner partner, CancellationToken ct) =>
            Update(() => store.UpdatePartnerAsync(partner with { Id = id }, ct), $"partner {id}")).WithName("UpdatePartner");
        partners.MapPost("/{id:int}/archive", (RegistryStore store, int id, CancellationToken ct) =>
            Archive(() => store.ArchivePartnerAsync(id, ct), $"partner {id}")).WithName("ArchivePartner");
        partners.MapGet("/{id:int}/hits", async Task<Results<Ok<SubjectHits>, ProblemHttpResult>> (SubjectHitsService hits, int id, CancellationToken ct) =>
            await hits.ScreenPartnerAsync(id, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound($"partner {id}")).WithName("GetPartnerHits");

        var agreements = api.MapGroup("/agreements").WithTags("Registry");
        agreements.MapGet("/", (RegistryStore store, int? partnerId, bool? includeArchived, CancellationToken ct) =>
            store.ListAgreementsAsync(partnerId, includeArchived ?? false, ct)).WithName("ListAgreements");
        agreements.MapGet("/{id:int}", async Task<Results<Ok<Agreement>, ProblemHttpResult>> (RegistryStore store, int id, CancellationToken ct) =>
            await store.GetAgreementAsync(id, ct) is { } agreement ? TypedResults.Ok(agreement) : ApiProblems.NotFound($"agreement {id}")).WithName("GetAgreement");
        agreements.MapPost("/", (RegistryStore store, Agreement agreement, CancellationToken ct) =>
            Create(() => store.CreateAgreementAsync(agreement with { Id = 0 }, ct), a => $"/api/v1/agreements/{a.Id}")).WithName("CreateAgreement");
        agreements.MapPut("/{id:int}", (RegistryStore store, int id, Agreement agreement, CancellationToken ct) =>
            Update(() => store.UpdateAgreementAsync(agreement with { Id = id }, ct), $"agreement {id}")).WithName("UpdateAgreement");
        agreements.MapPost("/{id:int}/archive", (RegistryStore store, int id, CancellationToken ct) =>
            Archive(() => store.ArchiveAgreementAsync(id, ct), $"agreement {id}")).WithName("ArchiveAgreement");

        var researchers = api.MapGroup("/researchers").WithTags("Registry");
        researchers.MapGet("/", (RegistryStore store, bool? includeArchived, CancellationToken ct) =>
            store.ListResearchersAsync(includeArchived ?? false, ct)).WithName("ListResearchers");
        researchers.MapGet("/{id:int}", async Task<Results<Ok<Researcher>, ProblemHttpResult>> (RegistryStore store, int id, CancellationToken ct) =>
            await store.GetResearcherAsync(id, ct) is { } researcher ? TypedResults.Ok(researcher) : ApiProblems.NotFound($"researcher {id}")).WithName("GetResearcher");
        researchers.MapPost("/", (RegistryStore store, Researcher researcher, CancellationToken ct) =>
            Create(() => store.CreateResearcherAsync(researcher with { Id = 0 }, ct), r => $"/api/v1/researchers/{r.Id}")).WithName("CreateResearcher");
        researchers.MapPut("/{id:int}", (RegistryStore store, int id, Researcher researcher, CancellationToken ct) =>
            Update(() => store.UpdateResearcherAsync(researcher with { Id = id }, ct), $"researcher {id}")).WithName("UpdateResearcher");
        researchers.MapPost("/{id:int}/archive", (RegistryStore store, int id, CancellationToken ct) =>
            Archive(() => store.ArchiveResearcherAsync(id, ct), $"researcher {id}")).WithName("ArchiveResearcher");
        researchers.MapGet("/{id:int}/hits", async Task<Results<Ok<SubjectHits>, ProblemHttpResult>> (SubjectHitsService hits, int id, CancellationToken ct) =>
            await hits.ScreenResearcherAsync(id, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound($"researcher {id}")).WithName("GetResearcherHits");

        MapRescreening(api);
        return api;
    }

    private static void MapRescreening(RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Rescreening");
        group.MapGet("/rescreen/runs", (RescreenStore store, int? limit, CancellationToken ct) =>
            store.ListRunsAsync(Math.Clamp(limit ?? 50, 1, 500), ct)).WithName("ListRescreenRuns");
        group.MapGet("/alerts", (RescreenStore store, bool? includeAcknowledged, CancellationToken ct) =>
            store.ListAlertsAsync(includeAcknowledged ?? false, ct)).WithName("ListAlerts");
        group.MapPost("/alerts/{id:int}/acknowledge", async Task<Results<NoContent, ProblemHttpResult>> (RescreenStore store, int id, ClaimsPrincipal user, CancellationToken ct) =>
            await store.AcknowledgeAlertAsync(id, Actor(user), ct) ? TypedResults.NoContent() : ApiProblems.NotFound($"alert {id}")).WithName("AcknowledgeAlert");
        group.MapGet("/decisions", (DecisionService decisions, SubjectKind subjectKind, int subjectId, CancellationToken ct) =>
            decisions.ListAsync(subjectKind, subjectId, ct)).WithName("ListDecisions");
        group.MapPost("/decisions", async Task<Results<Created<DecisionEntity>, ValidationProblem>> (DecisionService decisions, DecisionApiRequest request, ClaimsPrincipal user, CancellationToken ct) =>
        {
            try
            {
                var decision = await decisions.RecordAsync(new DecisionRequest
                {
                    SubjectKind = request.SubjectKind,
                    SubjectId = request.SubjectId,
                    SnapshotId = request.SnapshotId,
                    SourceEntityId = request.SourceEntityId,
                    Kind = request.Kind,
                    Reason = request.Reason,
                    DecidedBy = Actor(user),
                }, ct);
                return TypedResults.Created($"/api/v1/decisions?subjectKind={decision.SubjectKind}&subjectId={decision.SubjectId}", decision);
            }
            catch (RegistryValidationException exception)
            {
                return Invalid(exception);
            }
        }).WithName("RecordDecision");
    }

    private static async Task<Results<Created<T>, ValidationProblem>> Create<T>(Func<Task<T>> create, Func<T, string> location)
    {
        try
        {
            var created = await create();
            return TypedResults.Created(location(created), created);
        }
        catch (RegistryValidationException exception)
        {
            return Invalid(exception);
        }
    }

    private static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> Update<T>(Func<Task<T?>> update, string what)
        where T : class
    {
        try
        {
            return await update() is { } updated ? TypedResults.Ok(updated) : ApiProblems.NotFound(what);
        }
        catch (RegistryValidationException exception)
        {
            return Invalid(exception);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Archive(Func<Task<bool>> archive, string what) =>
        await archive() ? TypedResults.NoContent() : ApiProblems.NotFound(what);

    private static ValidationProblem Invalid(RegistryValidationException exception) => TypedResults.ValidationProblem(
        exception.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.MessageEn).ToArray()),
        title: "Invalid registry record",
        detail: string.Join(" ", exception.Errors.Select(e => e.MessageEn)));

    private static string Actor(ClaimsPrincipal user) => "api-key:" + (user.FindFirstValue(ClaimTypes.Name) ?? "unknown");
}
