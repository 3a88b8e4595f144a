using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Crawling.Fetching;

namespace PartnerScreening.Crawling.Robots;

/// <summary>
/// Fetches and caches robots.txt per origin (RFC 9309): at most <see cref="CrawlingOptions.RobotsCacheDuration"/> (24 hours),
/// 4xx means everything allowed, 5xx, 429 and network errors mean everything disallowed. The robots.txt request goes
/// through the same address guard and host pacing as pages.
/// </summary>
public sealed class RobotsCache(
    CrawlerHttpClient http,
    AddressGuard guard,
    HostPacer pacer,
    IOptions<CrawlingOptions> options,
    TimeProvider timeProvider,
    ILogger<RobotsCache> logger)
{
    // An unreachable robots.txt is tried again sooner than a good one, so a short outage does not block a site for a day.
    private static readonly TimeSpan UnreachableCacheDuration = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Task<RobotsPolicy>> _policies = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The robots.txt policy of <paramref name="url"/>'s origin, fetched when missing or expired.</summary>
    public async Task<RobotsPolicy> GetPolicyAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        while (true)
        {
            var task = _policies.GetOrAdd(origin, o => FetchAsync(new Uri(o), cancellationToken));
            RobotsPolicy policy;
            try
            {
                policy = await task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _policies.TryRemove(new KeyValuePair<string, Task<RobotsPolicy>>(origin, task));
                throw;
            }

            var lifetime = policy.Availability == RobotsAvailability.Unreachable
                ? Min(UnreachableCacheDuration, options.Value.RobotsCacheDuration)
                : options.Value.RobotsCacheDuration;
            if (timeProvider.GetUtcNow() - policy.FetchedAt < lifetime)
            {
                return policy;
            }

            _policies.TryRemove(new KeyValuePair<string, Task<RobotsPolicy>>(origin, task));
        }
    }

    private async Task<RobotsPolicy> FetchAsync(Uri origin, CancellationToken cancellationToken)
    {
        var policy = await FetchUncheckedAsync(origin, cancellationToken).ConfigureAwait(false);
        pacer.SetCrawlDelay(origin.Host, policy.Group.CrawlDelay);
        CrawlerLog.RobotsFetched(logger, origin.Host, policy.Availability.ToString(), policy.StatusCode ?? 0);
        return policy;
    }

    private async Task<RobotsPolicy> FetchUncheckedAsync(Uri origin, CancellationToken cancellationToken)
    {
        var robotsUrl = new Uri(origin, "/robots.txt");
        var originKey = origin.GetLeftPart(UriPartial.Authority);

        // RFC 9309 asks to follow at least five redirects, even to other hosts.
        for (var hop = 0; hop <= Math.Max(5, options.Value.MaxRedirects); hop++)
        {
            HttpFetch fetch;
            try
            {
                await guard.ResolveAndCheckAsync(robotsUrl.Host, cancellationToken).ConfigureAwait(false);
                using var lease = await pacer.AcquireAsync(robotsUrl.Host, cancellationToken).ConfigureAwait(false);
                fetch = await http.GetAsync(robotsUrl, CrawlerAccept.Text, _ => options.Value.MaxRobotsBytes, cancellationToken).ConfigureAwait(false);
                lease.Complete(fetch.Status, fetch.RetryAfter, challenge: false);
            }
            catch (Exception exception) when (exception is HttpRequestException or TimeoutException or AddressRejectedException or HostGivenUpException)
            {
                return Policy(originKey, RobotsAvailability.Unreachable, null, $"{robotsUrl}: {exception.Message}");
            }

            var status = (int)fetch.Status;
            if (fetch.IsRedirect)
            {
                robotsUrl = fetch.Location!;
                continue;
            }

            if (status is >= 200 and < 300)
            {
                var text = Encoding.UTF8.GetString(fetch.Body);
                var robots = RobotsTxt.Parse(text);
                return new RobotsPolicy(
                    originKey, RobotsAvailability.Parsed, status, timeProvider.GetUtcNow(), robots.SelectGroup(options.Value.ProductToken),
                    robots.Sitemaps, fetch.Truncated ? $"HTTP {status}, parsed the first {fetch.Body.Length} bytes" : $"HTTP {status}");
            }

            // 429 is treated like 5xx: the site is asking crawlers to stay away for now.
            if (status >= 500 || fetch.Status == HttpStatusCode.TooManyRequests)
            {
                return Policy(originKey, RobotsAvailability.Unreachable, status, $"HTTP {status}");
            }

            return Policy(originKey, RobotsAvailability.Unavailable, status, $"HTTP {status}");
        }

        return Policy(originKey, RobotsAvailability.Unavailable, null, "too many redirects");
    }

    private RobotsPolicy Policy(string origin, RobotsAvailability availability, int? status, string detail) =>
        new(origin, availability, status, timeProvider.GetUtcNow(), new RobotsGroup(), [], detail);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
