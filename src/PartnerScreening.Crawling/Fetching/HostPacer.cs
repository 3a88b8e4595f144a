using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace PartnerScreening.Crawling.Fetching;

/// <summary>
/// Keeps one request at a time per host and the pause between requests (see <see cref="PacingRules"/>), shared by every
/// crawl in the process so two partners on the same host do not double its load. It also gives a host up after repeated
/// HTTP 403, challenge pages or a back-off longer than the cap.
/// </summary>
public sealed class HostPacer(IOptions<CrawlingOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until <paramref name="host"/> is free and its pause has passed; dispose the lease after the response.</summary>
    /// <exception cref="HostGivenUpException">The host was given up earlier in this process's crawl.</exception>
    public async Task<HostLease> AcquireAsync(string host, CancellationToken cancellationToken)
    {
        var state = _hosts.GetOrAdd(host, _ => new HostState());
        await state.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (state.GivenUpReason is { } reason && timeProvider.GetUtcNow() < state.GivenUpUntil)
            {
                throw new HostGivenUpException(host, reason);
            }

            state.GivenUpReason = null;

            var wait = state.NextAllowedAt - timeProvider.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            return new HostLease(this, state, timeProvider.GetTimestamp());
        }
        catch
        {
            state.Gate.Release();
            throw;
        }
    }

    /// <summary>Sets the <c>Crawl-delay</c> robots.txt asks for on <paramref name="host"/>.</summary>
    public void SetCrawlDelay(string host, TimeSpan? crawlDelay) => _hosts.GetOrAdd(host, _ => new HostState()).CrawlDelay = crawlDelay;

    /// <summary>The reason <paramref name="host"/> was given up, or null while it is still crawled.</summary>
    public string? GivenUpReason(string host) =>
        _hosts.TryGetValue(host, out var state) && timeProvider.GetUtcNow() < state.GivenUpUntil ? state.GivenUpReason : null;

    internal void Complete(HostState state, long startTimestamp, HttpStatusCode? status, TimeSpan? retryAfter, bool challenge)
    {
        var responseTime = timeProvider.GetElapsedTime(startTimestamp);
        var throttled = status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;
        var (delay, exceedsCap) = PacingRules.NextDelay(options.Value, state.CrawlDelay, responseTime, status, retryAfter, state.BackoffCount);

        state.BackoffCount = throttled ? state.BackoffCount + 1 : 0;
        state.ConsecutiveForbidden = status == HttpStatusCode.Forbidden || challenge ? state.ConsecutiveForbidden + 1 : 0;
        state.NextAllowedAt = timeProvider.GetUtcNow() + delay;

        if (challenge)
        {
            state.LastChallenge = true;
        }

        // A given-up host is left alone for a day, then the next crawl tries it again.
        state.GivenUpUntil = timeProvider.GetUtcNow() + TimeSpan.FromDays(1);
        if (exceedsCap)
        {
            state.GivenUpReason = $"the site asked to wait longer than {options.Value.BackoffCap} (HTTP {(int?)status})";
        }
        else if (state.ConsecutiveForbidden >= options.Value.MaxConsecutiveForbidden)
        {
            state.GivenUpReason = state.LastChallenge
                ? $"{state.ConsecutiveForbidden} consecutive HTTP 403 responses or challenge pages; challenges are never bypassed"
                : $"{state.ConsecutiveForbidden} consecutive HTTP 403 responses";
        }
    }

    internal sealed class HostState
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset NextAllowedAt { get; set; }

        public TimeSpan? CrawlDelay { get; set; }

        public int BackoffCount { get; set; }

        public int ConsecutiveForbidden { get; set; }

        public bool LastChallenge { get; set; }

        public string? GivenUpReason { get; set; }

        public DateTimeOffset GivenUpUntil { get; set; }
    }
}

/// <summary>The right to send one request to a host; report the response with <see cref="Complete"/>, then dispose.</summary>
public sealed class HostLease : IDisposable
{
    private readonly HostPacer _pacer;
    private readonly HostPacer.HostState _state;
    private readonly long _startTimestamp;
    private bool _completed;
    private bool _disposed;

    internal HostLease(HostPacer pacer, HostPacer.HostState state, long startTimestamp)
    {
        _pacer = pacer;
        _state = state;
        _startTimestamp = startTimestamp;
    }

    public void Complete(HttpStatusCode? status, TimeSpan? retryAfter, bool challenge)
    {
        _completed = true;
        _pacer.Complete(_state, _startTimestamp, status, retryAfter, challenge);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_completed)
        {
            // A request that failed without a response still counts, so the next one keeps the minimum pause.
            _pacer.Complete(_state, _startTimestamp, null, null, challenge: false);
        }

        _state.Gate.Release();
    }
}

/// <summary>Thrown when a host was given up for this crawl (repeated 403, challenge pages, or a too long back-off).</summary>
public sealed class HostGivenUpException(string host, string reason) : Exception($"Host '{host}' is no longer crawled: {reason}.")
{
    public string Host { get; } = host;

    public string Reason { get; } = reason;
}
