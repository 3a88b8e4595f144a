using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Crawling.Reports;

namespace PartnerScreening.Web.Pages.Crawl;

/// <summary>
/// Serves a stored report file (<c>.html</c> or <c>.json</c>) under a path that mirrors the data directory, so the
/// relative links inside the stored HTML reach the JSON beside it and the pages as fetched (<see cref="PageFileModel"/>).
/// </summary>
public sealed class ReportFileModel(CrawlReportStore store) : PageModel
{
    public IActionResult OnGet(string partner, string file)
    {
        var extension = Path.GetExtension(file);
        var name = Path.GetFileNameWithoutExtension(file);
        if (partner != CrawlReportStore.FolderNameOf(partner) || store.FindFile(partner, name, extension) is not { } path)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        if (extension == ".json")
        {
            return PhysicalFile(path, "application/json; charset=utf-8", $"crawl-report-{partner}-{name}.json");
        }

        // The report is our own escaped HTML, but it quotes other sites: no script runs and nothing is loaded from elsewhere.
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return PhysicalFile(path, "text/html; charset=utf-8");
    }
}
