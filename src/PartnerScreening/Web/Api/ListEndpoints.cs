using PartnerScreening.Domain.Lists;
using PartnerScreening.Screenings;

namespace PartnerScreening.Web.Api;

/// <summary>One list source in <c>GET /api/v1/lists</c>.</summary>
public sealed record ListSourceResponse(
    string Id,
    string NameJa,
    string NameEn,
    bool ReferenceOnly,
    ListSnapshotResponse? InForce,
    ListAttemptResponse? LastAttempt,
    bool Sample,
    bool Outdated);

public sealed record ListSnapshotResponse(string Id, DateTimeOffset FetchedAt, DateOnly? Edition, int RecordCount, string? Origin);

public sealed record ListAttemptResponse(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Outcome, string? SnapshotId, string? Message);

public sealed record ListsResponse(IReadOnlyList<ListSourceResponse> Sources, IReadOnlyList<ScreeningWarning> Warnings);

/// <summary><c>GET /api/v1/lists</c>: each source with the snapshot in force and the last ingest attempt.</summary>
internal static class ListEndpoints
{
    public static RouteGroupBuilder MapListEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/lists", GetAsync)
            .WithName("GetLists")
            .WithSummary("List every source with its snapshot in force, record count, date and last ingest attempt");
        return api;
    }

    private static async Task<ListsResponse> GetAsync(ListStatusService listStatus, CancellationToken cancellationToken)
    {
        var statuses = await listStatus.GetAllAsync(cancellationToken);
        var sources = statuses.Select(ToResponse).ToList();
        return new ListsResponse(sources, await listStatus.GetWarningsAsync(cancellationToken));
    }

    private static ListSourceResponse ToResponse(ListStatus status)
    {
        var label = ListSourceLabels.For(status.Source);
        var snapshot = status.InForce is { } inForce
            ? new ListSnapshotResponse(inForce.Id, inForce.FetchedAt, inForce.Edition, inForce.RecordCount, inForce.Origin)
            : null;
        var attempt = status.LastAttempt is { } last
            ? new ListAttemptResponse(last.StartedAt, last.FinishedAt, last.Outcome.ToString().ToLowerInvariant(), last.SnapshotId, last.Message)
            : null;
        return new ListSourceResponse(
            status.Source, label.NameJa, label.NameEn, ListSourceIds.IsReferenceOnly(status.Source),
            snapshot, attempt, status.IsSample, status.IsStale);
    }
}
