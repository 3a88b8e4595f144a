using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Registry;
using PartnerScreening.Storage.Registry;

namespace PartnerScreening.Web.Pages.Partners;

/// <summary>The partner registry: search, list with agreements and screening state, archive.</summary>
public sealed class IndexModel(RegistryStore store, SubjectScreeningStates states) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool IncludeArchived { get; set; }

    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public ILookup<int, Agreement> Agreements { get; private set; } = Array.Empty<Agreement>().ToLookup(a => a.PartnerId);

    public IReadOnlyDictionary<(SubjectKind Kind, int Id), SubjectScreeningState> States { get; private set; } =
        new Dictionary<(SubjectKind, int), SubjectScreeningState>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Partners = await store.ListPartnersAsync(IncludeArchived, Search, cancellationToken);
        Agreements = (await store.ListAgreementsAsync(null, includeArchived: false, cancellationToken)).ToLookup(a => a.PartnerId);
        States = await states.ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken cancellationToken)
    {
        await store.ArchivePartnerAsync(id, cancellationToken);
        return RedirectToPage(new { Search, IncludeArchived });
    }
}
