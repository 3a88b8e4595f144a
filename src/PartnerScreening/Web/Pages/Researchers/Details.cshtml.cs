using Microsoft.AspNetCore.Mvc;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Registry;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Rescreening;
using PartnerScreening.Web.Pages.Shared;

namespace PartnerScreening.Web.Pages.Researchers;

/// <summary>
/// One foreign researcher: details, the three checks, the current hits on the researcher's name with a decision
/// form on each, and a link to the home institution, which is screened as a partner of its own.
/// </summary>
public sealed class DetailsModel(RegistryStore store, SubjectHitsService hitsService, SubjectScreeningStates states, DecisionService decisions)
    : SubjectDecisionPage(decisions)
{
    public Researcher Researcher { get; private set; } = null!;

    public Partner? HomeInstitution { get; private set; }

    public SubjectScreeningState State { get; private set; } = SubjectScreeningState.NotCovered;

    public SubjectScreeningState HomeInstitutionState { get; private set; } = SubjectScreeningState.NotCovered;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var researcher = await store.GetResearcherAsync(id, cancellationToken);
        if (researcher is null)
        {
            return NotFound();
        }

        Researcher = researcher;
        var allStates = await states.ListAsync(cancellationToken);
        State = allStates.GetValueOrDefault((SubjectKind.Researcher, id), SubjectScreeningState.NotCovered);
        if (researcher.HomeInstitutionId is { } homeId)
        {
            HomeInstitution = await store.GetPartnerAsync(homeId, cancellationToken);
            HomeInstitutionState = allStates.GetValueOrDefault((SubjectKind.Partner, homeId), SubjectScreeningState.NotCovered);
        }

        await LoadHitsAsync(() => hitsService.ScreenResearcherAsync(id, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, string snapshotId, string sourceEntityId, DecisionKind kind, string? reason, CancellationToken cancellationToken)
    {
        // A recorded decision redirects, so reloading the page does not post it again.
        if (await RecordDecisionAsync(SubjectKind.Researcher, id, snapshotId, sourceEntityId, kind, reason, cancellationToken))
        {
            return RedirectToPage(new { id });
        }

        return await OnGetAsync(id, cancellationToken);
    }
}
