using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Screenings;

namespace PartnerScreening.Web.Pages.Screenings;

/// <summary>The printable record of one screening for the case file: date, officer, query, hits and list versions.</summary>
public sealed class ScreeningRecordModel(ScreeningStore store) : PageModel
{
    public ScreeningResponse? Screening { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Screening = await store.GetAsync(id, cancellationToken);
        return Screening is null ? NotFound() : Page();
    }
}
