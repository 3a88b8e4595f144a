using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Registry;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.Web.Pages.Shared;

/// <summary>
/// Base of the partner and researcher pages: screens the subject now for <c>_SubjectHits</c> and records an
/// officer's decision on one of its hits.
/// </summary>
public abstract class SubjectDecisionPage(DecisionService decisions) : PageModel
{
    public SubjectHitsView HitsView { get; private set; } = new(null, null, null);

    public IReadOnlyList<RegistryError> DecisionErrors { get; private set; } = [];

    /// <summary>The listed name of the decision just recorded, kept across the redirect and shown as a confirmation.</summary>
    [TempData]
    public string? RecordedDecision { get; set; }

    protected string Officer => User.FindFirstValue(ClaimTypes.Name) ?? User.Identity?.Name ?? "officer";

    /// <summary>Runs <paramref name="screen"/> and keeps its hits, or the reason the screening could not run.</summary>
    protected async Task LoadHitsAsync(Func<Task<SubjectHits?>> screen)
    {
        try
        {
            HitsView = new SubjectHitsView(await screen(), null, null);
        }
        catch (IndexNotReadyException)
        {
            HitsView = new SubjectHitsView(
                null,
                "名称の索引がまだ作成されていないため、照合できません。リストを取り込んでから再度開いてください。",
                "The name index is not built yet, so the subject could not be screened. Ingest the lists and open this page again.");
        }
    }

    /// <summary>
    /// Records a decision on the hit named by snapshot and entry. Returns false and keeps the validation errors for
    /// the page when the decision is invalid.
    /// </summary>
    protected async Task<bool> RecordDecisionAsync(
        SubjectKind subjectKind, int subjectId, string snapshotId, string sourceEntityId, DecisionKind kind, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            var decision = await decisions.RecordAsync(new DecisionRequest
            {
                SubjectKind = subjectKind,
                SubjectId = subjectId,
                SnapshotId = snapshotId,
                SourceEntityId = sourceEntityId,
                Kind = kind,
                Reason = reason,
                DecidedBy = Officer,
            }, cancellationToken);
            RecordedDecision = decision.PartyName;
            return true;
        }
        catch (RegistryValidationException exception)
        {
            DecisionErrors = exception.Errors;
            return false;
        }
    }
}
