using Microsoft.AspNetCore.Mvc;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Registry;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Rescreening;
using PartnerScreening.Web.Pages.Shared;

namespace PartnerScreening.Web.Pages.Partners;

/// <summary>
/// One partner: its names and details, its agreements, the researchers it sends, and its current hits with a
/// decision form on each.
/// </summary>
public sealed class DetailsModel(RegistryStore store, SubjectHitsService hitsService, SubjectScreeningStates states, DecisionService decisions)
    : SubjectDecisionPage(decisions)
{
    public Partner Partner { get; private set; } = null!;

    public IReadOnlyList<Agreement> Agreements { get; private set; } = [];

    public IReadOnlyList<Researcher> Researchers { get; private set; } = [];

    public SubjectScreeningState State { get; private set; } = SubjectScreeningState.NotCovered;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var partner = await store.GetPartnerAsync(id, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        Partner = partner;
        Agreements = await store.ListAgreementsAsync(id, includeArchived: true, cancellationToken);
        Researchers = (await store.ListResearchersAsync(includeArchived: true, cancellationToken)).Where(r => r.HomeInstitutionId == id).ToArray();
        State = (await states.ListAsync(cancellationToken)).GetValueOrDefault((SubjectKind.Partner, id), SubjectScreeningState.NotCovered);
        await LoadHitsAsync(() => hitsService.ScreenPartnerAsync(id, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, string snapshotId, string sourceEntityId, DecisionKind kind, string? reason, CancellationToken cancellationToken)
    {
        // A recorded decision redirects, so reloading the page does not post it again.
        if (await RecordDecisionAsync(SubjectKind.Partner, id, snapshotId, sourceEntityId, kind, reason, cancellationToken))
        {
            return RedirectToPage(new { id });
        }

        return await OnGetAsync(id, cancellationToken);
    }
}
