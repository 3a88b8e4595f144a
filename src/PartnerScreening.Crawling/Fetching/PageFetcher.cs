using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Crawling.Robots;
using PartnerScreening.Crawling.Scope;

namespace PartnerScreening.Crawling.Fetching;

/// <summary>
/// Fetches one URL politely, following redirects by hand: at every hop the target's scope, its robots.txt and the
/// address guard are checked again before anything is sent, and the host's pacing is kept.
/// </summary>
public sealed class PageFetcher(
    CrawlerHttpClient http,
    AddressGuard guard,
    HostPacer pacer,
    RobotsCache robots,
    IOptions<CrawlingOptions> options,
    ILogger<PageFetcher> logger)
{
    /// <summary>Fetches <paramref name="url"/>; an outcome with a <see cref="PageFetchOutcome.Skip"/> explains why nothing usable came back.</summary>
    public Task<PageFetchOutcome> FetchAsync(Uri url, CrawlScope scope, CancellationToken cancellationToken) =>
        FetchAsync(url, scope, FetchKind.Page, cancellationToken);

    /// <summary>Fetches <paramref name="url"/> as a page (HTML or PDF) or as a sitemap, which sets the accepted types and byte limits.</summary>
    public async Task<PageFetchOutcome> FetchAsync(Uri url, CrawlScope scope, FetchKind kind, CancellationToken cancellationToken)
    {
        var hops = new List<FetchHop>();
        var current = url;
        var retries = 0;

        while (true)
        {
            var refusal = await CheckHopAsync(current, scope, hops.Count > 0, cancellationToken).ConfigureAwait(false);
            if (refusal is not null)
            {
                return Skipped(url, hops, current, refusal.Value.Reason, refusal.Value.Detail, refusal.Value.Robots);
            }

            var robotsDecision = (await robots.GetPolicyAsync(current, cancellationToken).ConfigureAwait(false)).Evaluate(current);

            HttpFetch fetch;
            try
            {
                using var lease = await pacer.AcquireAsync(current.Host, cancellationToken).ConfigureAwait(false);
                fetch = kind == FetchKind.Sitemap
                    ? await http.GetAsync(current, CrawlerAccept.Sitemaps, _ => options.Value.MaxPdfBytes, cancellationToken).ConfigureAwait(false)
                    : await http.GetAsync(current, CrawlerAccept.Pages, MaxBytesFor, cancellationToken).ConfigureAwait(false);
                var challenge = ((int)fetch.Status >= 400 || fetch.MediaType is "text/html" or null) && ChallengeDetector.IsChallenge(fetch);
                lease.Complete(fetch.Status, fetch.RetryAfter, challenge);
                hops.Add(new FetchHop(current, (int)fetch.Status, robotsDecision.Reason));
                if (challenge)
                {
                    return Skipped(url, hops, current, SkipReason.Challenge, $"HTTP {(int)fetch.Status} bot challenge or CAPTCHA; not bypassed", robotsDecision);
                }
            }
            catch (HostGivenUpException exception)
            {
                CrawlerLog.HostGivenUp(logger, exception.Host, exception.Reason);
                return Skipped(url, hops, current, SkipReason.HostGivenUp, exception.Reason, robotsDecision);
            }
            catch (HttpRequestException exception) when (FindRejection(exception) is { } rejection)
            {
                return Skipped(url, hops, current, SkipReason.AddressRejected, rejection.Reason, robotsDecision);
            }
            catch (HttpRequestException exception)
            {
                return Skipped(url, hops, current, SkipReason.NetworkError, exception.Message, robotsDecision);
            }
            catch (TimeoutException exception)
            {
                return Skipped(url, hops, current, SkipReason.Timeout, exception.Message, robotsDecision);
            }

            if (fetch.Status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                // The pacer has already pushed the host's next turn back by Retry-After or the back-off.
                if (retries++ < options.Value.MaxRetriesPerPage)
                {
                    continue;
                }

                return Skipped(url, hops, current, SkipReason.Throttled, $"HTTP {(int)fetch.Status} after {retries} attempts", robotsDecision);
            }

            if (fetch.IsRedirect)
            {
                if (hops.Count > options.Value.MaxRedirects)
                {
                    return Skipped(url, hops, fetch.Location!, SkipReason.TooManyRedirects, $"more than {options.Value.MaxRedirects} redirects", robotsDecision);
                }

                current = fetch.Location!;
                retries = 0;
                continue;
            }

            return new PageFetchOutcome(url, hops, fetch, null, null, robotsDecision);
        }
    }

    private async Task<(SkipReason Reason, string Detail, RobotsDecision? Robots)?> CheckHopAsync(
        Uri url, CrawlScope scope, bool isRedirect, CancellationToken cancellationToken)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return (SkipReason.UnsupportedScheme, $"scheme '{url.Scheme}' is not http or https", null);
        }

        if (!scope.Contains(url))
        {
            return (SkipReason.OutOfScope, isRedirect ? $"redirect to {url.Host}, outside {string.Join(", ", scope.Domains)}" : $"{url.Host} is outside {string.Join(", ", scope.Domains)}", null);
        }

        // Checked before robots.txt is requested, so a redirect to a private address causes no connection at all.
        try
        {
            await guard.ResolveAndCheckAsync(url.Host, cancellationToken).ConfigureAwait(false);
        }
        catch (AddressRejectedException exception)
        {
            return (SkipReason.AddressRejected, exception.Reason, null);
        }
        catch (System.Net.Sockets.SocketException exception)
        {
            return (SkipReason.NetworkError, $"DNS lookup of {url.Host} failed: {exception.Message}", null);
        }

        if (pacer.GivenUpReason(url.Host) is { } givenUp)
        {
            return (SkipReason.HostGivenUp, givenUp, null);
        }

        var decision = (await robots.GetPolicyAsync(url, cancellationToken).ConfigureAwait(false)).Evaluate(url);
        return decision.Allowed ? null : (SkipReason.RobotsDisallowed, decision.Reason, decision);
    }

    private long MaxBytesFor(string? mediaType) => mediaType switch
    {
        "application/pdf" => options.Value.MaxPdfBytes,
        null or "text/html" or "application/xhtml+xml" => options.Value.MaxHtmlBytes,
        // Servers often label HTML as text/plain or octet-stream; a small prefix is enough to sniff it.
        "text/plain" or "application/octet-stream" => Math.Min(options.Value.MaxHtmlBytes, 1024 * 1024),
        _ => 0,
    };

    private static AddressRejectedException? FindRejection(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is AddressRejectedException rejected)
            {
                return rejected;
            }
        }

        return null;
    }

    private PageFetchOutcome Skipped(Uri url, List<FetchHop> hops, Uri at, SkipReason reason, string detail, RobotsDecision? robotsDecision)
    {
        CrawlerLog.PageSkipped(logger, at, $"{reason}: {detail}");
        return new PageFetchOutcome(url, hops, null, reason, at == url ? detail : $"{detail} (at {at})", robotsDecision) { SkippedAt = at };
    }
}

/// <summary>What is being fetched: a page to read, or a sitemap listing pages.</summary>
public enum FetchKind
{
    Page,
    Sitemap,
}

/// <summary>One request in a redirect chain: the URL, its status and the robots.txt rule that allowed it.</summary>
public sealed record FetchHop(Uri Url, int Status, string RobotsReason);

/// <summary>The result of fetching one URL: the final exchange, or why there is none, with the redirect chain.</summary>
public sealed record PageFetchOutcome(
    Uri RequestedUrl,
    IReadOnlyList<FetchHop> Hops,
    HttpFetch? Fetch,
    SkipReason? Skip,
    string? SkipDetail,
    RobotsDecision? Robots)
{
    /// <summary>The URL where the chain stopped when skipped (a redirect target may differ from the requested URL).</summary>
    public Uri? SkippedAt { get; init; }

    /// <summary>The URL whose content <see cref="Fetch"/> holds, after redirects.</summary>
    public Uri? FinalUrl => Fetch?.Url;
}
