using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Registry;
using PartnerScreening.Storage.Registry;

namespace PartnerScreening.Web.Pages.Agreements;

/// <summary>The agreements of every partner (or of one), with the partner's screening state, and archiving.</summary>
public sealed class IndexModel(RegistryStore store, SubjectScreeningStates states) : PageModel
{
    /// <summary>Shows only the agreements of this partner when set.</summary>
    [BindProperty(SupportsGet = true)]
    public int? PartnerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool IncludeArchived { get; set; }

    public IReadOnlyList<Agreement> Agreements { get; private set; } = [];

    public IReadOnlyDictionary<int, Partner> Partners { get; private set; } = new Dictionary<int, Partner>();

    public IReadOnlyDictionary<(SubjectKind Kind, int Id), SubjectScreeningState> States { get; private set; } =
        new Dictionary<(SubjectKind, int), SubjectScreeningState>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Agreements = await store.ListAgreementsAsync(PartnerId, IncludeArchived, cancellationToken);
        Partners = (await store.ListPartnersAsync(includeArchived: true, search: null, cancellationToken)).ToDictionary(p => p.Id);
        States = await states.ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await store.ArchiveAgreementAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return RedirectToPage(new { PartnerId, IncludeArchived });
    }
}
