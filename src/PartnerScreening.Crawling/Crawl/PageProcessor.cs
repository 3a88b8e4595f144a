using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Crawling.Fetching;
using PartnerScreening.Crawling.Findings;
using PartnerScreening.Crawling.Text;

namespace PartnerScreening.Crawling.Crawl;

/// <summary>
/// Turns one fetch outcome into crawl records: the page (stored by SHA-256), its findings, the links to follow, and
/// skipped or off-site entries for everything not read.
/// </summary>
public sealed class PageProcessor(PageStore pageStore, IOptions<CrawlingOptions> options, TimeProvider timeProvider, ILogger<PageProcessor> logger)
{
    /// <summary>Records the outcome and returns the in-scope links that may be followed.</summary>
    internal async Task<IReadOnlyList<PageLink>> ProcessAsync(FrontierItem item, PageFetchOutcome outcome, CrawlState state, CancellationToken cancellationToken)
    {
        var url = item.Url.AbsoluteUri;
        if (outcome.Fetch is not { } fetch)
        {
            state.AddSkipped(new SkippedUrl(url, outcome.Skip!.Value, outcome.SkipDetail ?? string.Empty));
            if (outcome.Skip == SkipReason.OutOfScope && outcome.SkippedAt is { } target && target != item.Url)
            {
                state.AddOffsiteLink(new OffsiteLink(url, target.AbsoluteUri, "redirect"));
            }

            return [];
        }

        state.Frontier.MarkSeen(fetch.Url);
        var fetchedAt = timeProvider.GetUtcNow();
        var status = (int)fetch.Status;
        var page = new CrawledPage
        {
            Url = url,
            FinalUrl = fetch.Url == item.Url ? null : fetch.Url.AbsoluteUri,
            Status = status,
            MediaType = fetch.MediaType,
            DeclaredCharset = fetch.ContentTypeCharset,
            Bytes = fetch.Body.Length,
            Truncated = fetch.Truncated,
            FetchedAt = fetchedAt,
            Depth = item.Depth,
            Robots = outcome.Robots?.Reason ?? string.Empty,
            Redirects = outcome.Hops.Count - 1,
        };

        if (status is < 200 or >= 300)
        {
            state.AddPage(page);
            state.AddSkipped(new SkippedUrl(url, SkipReason.HttpError, $"HTTP {status}"));
            return [];
        }

        var kind = Sniff(fetch);
        if (kind == ContentKind.Other)
        {
            state.AddPage(page);
            state.AddSkipped(new SkippedUrl(url, SkipReason.UnsupportedContentType, $"media type {fetch.MediaType ?? "missing"} is neither HTML nor PDF"));
            return [];
        }

        if (kind == ContentKind.Pdf && fetch.Truncated)
        {
            state.AddPage(page);
            state.AddSkipped(new SkippedUrl(url, SkipReason.TooLarge, $"PDF larger than {options.Value.MaxPdfBytes} bytes"));
            return [];
        }

        var sha256 = await pageStore.SaveAsync(fetch.Body, cancellationToken).ConfigureAwait(false);
        page = page with { Sha256 = sha256 };

        PageContent content;
        try
        {
            if (kind == ContentKind.Pdf)
            {
                content = PdfTextExtractor.Extract(fetch.Body);
                page = page with { MediaType = "application/pdf" };
            }
            else
            {
                var decoded = CharsetDecoder.Decode(fetch.Body, fetch.ContentTypeCharset);
                content = HtmlTextExtractor.Extract(decoded.Text, fetch.Url, options.Value.ProductToken);
                page = page with { Charset = decoded.UsedCharset, CharsetSource = decoded.Source, DeclaredCharset = decoded.DeclaredCharset };
            }
        }
        catch (InvalidDataException exception)
        {
            CrawlerLog.PageUnreadable(logger, fetch.Url, exception.Message);
            state.AddPage(page);
            state.AddSkipped(new SkippedUrl(url, SkipReason.Unreadable, exception.Message));
            return [];
        }

        state.AddPage(page with { Language = content.Language, Title = content.Title });
        CrawlerLog.PageFetched(logger, fetch.Url, status, fetch.Body.Length);

        try
        {
            state.Findings.Collect(content, fetch.Url.AbsoluteUri, fetchedAt, sha256);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException exception)
        {
            // A pathological officer pattern must not cost the page; the page stays recorded and the failure is logged.
            CrawlerLog.PageUnreadable(logger, fetch.Url, $"lexicon pattern timed out: {exception.Pattern}");
        }

        return SelectLinks(content, fetch, sha256, fetchedAt, state);
    }

    private static List<PageLink> SelectLinks(PageContent content, HttpFetch fetch, string sha256, DateTimeOffset fetchedAt, CrawlState state)
    {
        var pageNoFollow = content.NoFollow || (fetch.XRobotsTag?.Contains("nofollow", StringComparison.OrdinalIgnoreCase) ?? false);
        var follow = new List<PageLink>();
        foreach (var link in content.Links)
        {
            if (link.Target.Scheme != Uri.UriSchemeHttp && link.Target.Scheme != Uri.UriSchemeHttps)
            {
                continue;
            }

            if (!state.Scope.Contains(link.Target))
            {
                state.AddOffsiteLink(new OffsiteLink(fetch.Url.AbsoluteUri, link.Target.AbsoluteUri, link.AnchorText));
                state.Findings.CollectLink(link, fetch.Url.AbsoluteUri, fetchedAt, sha256);
                continue;
            }

            if (pageNoFollow || link.NoFollow)
            {
                state.CountNoFollow();
                continue;
            }

            follow.Add(link);
        }

        return follow;
    }

    private static ContentKind Sniff(HttpFetch fetch)
    {
        if (fetch.Body is [0x25, 0x50, 0x44, 0x46, ..] || fetch.MediaType == "application/pdf")
        {
            return fetch.Body is [0x25, 0x50, 0x44, 0x46, ..] || fetch.Truncated ? ContentKind.Pdf : ContentKind.Other;
        }

        if (fetch.MediaType is "text/html" or "application/xhtml+xml")
        {
            return ContentKind.Html;
        }

        // A missing or generic type is read as HTML only when the body starts like HTML.
        if (fetch.MediaType is null or "text/plain" or "application/octet-stream")
        {
            var head = System.Text.Encoding.ASCII.GetString(fetch.Body, 0, Math.Min(fetch.Body.Length, 512)).TrimStart().ToLowerInvariant();
            return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal)
                ? ContentKind.Html
                : ContentKind.Other;
        }

        return ContentKind.Other;
    }

    private enum ContentKind
    {
        Html,
        Pdf,
        Other,
    }
}
