using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.Web.Pages.Rescreen;

/// <summary>Run history of the rescreening: start, end, counts and errors, and a button to run it now.</summary>
public sealed class IndexModel(RescreenStore store, RescreenService service) : PageModel
{
    private const int ShownRuns = 100;

    public IReadOnlyList<RescreenRunEntity> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Runs = await store.ListRunsAsync(ShownRuns, cancellationToken);
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        var outcome = await service.RunAsync("manual", cancellationToken);
        return RedirectToPage("/Rescreen/Run", new { id = outcome.RunId });
    }
}
