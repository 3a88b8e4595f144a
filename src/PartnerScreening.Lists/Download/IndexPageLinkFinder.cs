using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace PartnerScreening.Lists.Download;

/// <summary>
/// Finds the link to the current list file on a publisher's index page, for publishers whose file name
/// changes with every revision (METI's <c>20250929_4.xlsx</c>, the Ministry of Finance's <c>shisantouketsu20260305.xlsx</c>).
/// </summary>
public static class IndexPageLinkFinder
{
    /// <summary>Returns the absolute URL of the first element matching the selector whose link matches the pattern, or null.</summary>
    public static Uri? FindLink(string html, Uri pageUrl, ListIndexPageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pattern = new Regex(options.LinkPattern ?? ".", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(options.LinkSelector))
        {
            var href = element.GetAttribute("href");
            if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(pageUrl, href.Trim(), out var link))
            {
                continue;
            }

            if (link.Scheme is not ("http" or "https"))
            {
                continue;
            }

            if (pattern.IsMatch(link.AbsoluteUri))
            {
                return link;
            }
        }

        return null;
    }
}
