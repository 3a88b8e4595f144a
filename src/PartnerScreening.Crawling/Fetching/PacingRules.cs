using System.Net;

namespace PartnerScreening.Crawling.Fetching;

/// <summary>The pause the crawler keeps before its next request to a host, derived from the last response.</summary>
public static class PacingRules
{
    /// <summary>
    /// The pause after a response: the larger of the robots.txt <c>Crawl-delay</c> (capped), the configured minimum and a
    /// multiple of the response time; after HTTP 429 or 503 also at least <c>Retry-After</c> or an exponential back-off.
    /// </summary>
    /// <returns>The pause, and whether it exceeds <see cref="CrawlingOptions.BackoffCap"/> so the host should be given up.</returns>
    public static (TimeSpan Delay, bool ExceedsBackoffCap) NextDelay(
        CrawlingOptions options, TimeSpan? crawlDelay, TimeSpan responseTime, HttpStatusCode? status, TimeSpan? retryAfter, int backoffCount)
    {
        var delay = options.MinimumDelay;
        if (crawlDelay is { } requested)
        {
            delay = Max(delay, Min(requested, options.CrawlDelayCap));
        }

        delay = Max(delay, responseTime * options.ResponseTimeFactor);

        if (status is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return (delay, false);
        }

        var backoff = retryAfter ?? options.BackoffBase * Math.Pow(2, Math.Min(backoffCount, 16));
        if (backoff > options.BackoffCap)
        {
            return (Max(delay, options.BackoffCap), true);
        }

        return (Max(delay, backoff), false);
    }

    /// <summary>Reads <c>Retry-After</c> as seconds or as an HTTP date relative to <paramref name="now"/>.</summary>
    public static TimeSpan? ReadRetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
