using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Screenings;
using PartnerScreening.Storage.Screenings;

namespace PartnerScreening.Web.Pages.Screenings;

/// <summary>The audit trail: the latest screenings from the API and the officers.</summary>
public sealed class ScreeningsModel(ScreeningStore store) : PageModel
{
    public IReadOnlyList<ScreeningRecord> Records { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Records = await store.GetRecentAsync(200, cancellationToken);
}
