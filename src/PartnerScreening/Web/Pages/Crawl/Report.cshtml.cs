using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Crawling.Reports;

namespace PartnerScreening.Web.Pages.Crawl;

/// <summary>
/// One stored crawl report: the summary above, the stored HTML report below in a frame, and links to the report for
/// printing and to its JSON. Both files are served by <see cref="ReportFileModel"/>.
/// </summary>
public sealed class ReportModel(CrawlReportStore store) : PageModel
{
    public CrawlReport? Report { get; private set; }

    public string Partner { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The URL of a stored report file, <c>html</c> or <c>json</c>, under the data-directory path the files are served from.</summary>
    public string FileUrl(string extension) =>
        $"/crawl/data/reports/crawl/{Uri.EscapeDataString(CrawlReportStore.FolderNameOf(Partner))}/{Uri.EscapeDataString(Name)}.{extension}";

    public async Task<IActionResult> OnGetAsync(string partner, string name, CancellationToken cancellationToken)
    {
        Report = await store.LoadAsync(partner, name, cancellationToken);
        if (Report is null)
        {
            return NotFound();
        }

        Partner = partner;
        Name = name;
        return Page();
    }
}
