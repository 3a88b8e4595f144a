using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Crawling.Findings;

namespace PartnerScreening.Web.Pages.Crawl;

/// <summary>
/// Shows a crawled page exactly as fetched: the stored raw bytes, with the media type and charset the crawler used (the
/// report's link passes them as <c>type</c> and <c>charset</c>). The page comes from another site, so it is shown in a
/// sandbox: no script runs and the browser loads nothing from the partner's site, so viewing it does not tell the site.
/// PDFs are offered as a download because a browser cannot show a PDF inside that sandbox.
/// </summary>
public sealed partial class PageFileModel(PageStore pages) : PageModel
{
    private static readonly string[] ShownTypes = ["text/html", "application/xhtml+xml", "text/plain"];

    public async Task<IActionResult> OnGetAsync(string prefix, string file, string? type, string? charset, CancellationToken cancellationToken)
    {
        var match = StoredName().Match(file);
        if (!match.Success || !file.StartsWith(prefix, StringComparison.Ordinal) || prefix.Length != 2)
        {
            return NotFound();
        }

        var bytes = await pages.ReadAsync(match.Groups["sha"].Value, cancellationToken);
        if (bytes is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var mediaType = type?.Trim().ToLowerInvariant();
        if (mediaType is not null && ShownTypes.Contains(mediaType, StringComparer.Ordinal))
        {
            Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
            var contentType = charset is not null && CharsetName().IsMatch(charset) ? $"{mediaType}; charset={charset}" : mediaType;
            return File(bytes, contentType);
        }

        var isPdf = mediaType == "application/pdf" || bytes.AsSpan().StartsWith("%PDF-"u8);
        return File(bytes, isPdf ? "application/pdf" : "application/octet-stream", isPdf ? $"{match.Groups["sha"].Value}.pdf" : file);
    }

    [GeneratedRegex("^(?<sha>[0-9a-f]{64})\\.bin$", RegexOptions.CultureInvariant)]
    private static partial Regex StoredName();

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex CharsetName();
}
