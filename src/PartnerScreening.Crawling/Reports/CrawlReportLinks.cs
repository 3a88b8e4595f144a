using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Findings;

namespace PartnerScreening.Crawling.Reports;

/// <summary>
/// Links a rendered report adds beside its content: the report's JSON and each finding's page exactly as fetched.
/// Links are relative, so a report stored in the data directory finds its files both on disk and when the web UI serves
/// the data directory's <c>reports/</c> and <c>pages/</c> folders under one path.
/// </summary>
public sealed record CrawlReportLinks(string JsonHref, Func<Finding, CrawledPage?, string> PageHref)
{
    /// <summary>
    /// Links for a report stored as <c>reports/crawl/&lt;partner&gt;/&lt;name&gt;.html</c>: the JSON beside it and the raw
    /// page at <c>pages/ab/&lt;sha256&gt;.bin</c>, with the media type and charset the crawler used as query parameters.
    /// </summary>
    public static CrawlReportLinks ForDataDirectory(string reportName) => new(
        Uri.EscapeDataString(reportName) + ".json",
        (finding, page) => $"../../../pages/{finding.PageSha256[..2]}/{finding.PageSha256}.bin{PageQuery(page)}");

    private static string PageQuery(CrawledPage? page)
    {
        if (page?.MediaType is not { } mediaType)
        {
            return string.Empty;
        }

        var charset = page.DeclaredCharset ?? page.Charset;
        return charset is null
            ? $"?type={Uri.EscapeDataString(mediaType)}"
            : $"?type={Uri.EscapeDataString(mediaType)}&charset={Uri.EscapeDataString(charset)}";
    }
}
