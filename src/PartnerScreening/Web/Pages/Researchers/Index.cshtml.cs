using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Registry;
using PartnerScreening.Storage.Registry;

namespace PartnerScreening.Web.Pages.Researchers;

/// <summary>The foreign researchers with their stay, the state of the three checks and their screening state.</summary>
public sealed class IndexModel(RegistryStore store, SubjectScreeningStates states) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool IncludeArchived { get; set; }

    public IReadOnlyList<Researcher> Researchers { get; private set; } = [];

    public IReadOnlyDictionary<int, Partner> Partners { get; private set; } = new Dictionary<int, Partner>();

    public IReadOnlyDictionary<(SubjectKind Kind, int Id), SubjectScreeningState> States { get; private set; } =
        new Dictionary<(SubjectKind, int), SubjectScreeningState>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Researchers = await store.ListResearchersAsync(IncludeArchived, cancellationToken);
        Partners = (await store.ListPartnersAsync(includeArchived: true, search: null, cancellationToken)).ToDictionary(p => p.Id);
        States = await states.ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await store.ArchiveResearcherAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return RedirectToPage(new { IncludeArchived });
    }
}
