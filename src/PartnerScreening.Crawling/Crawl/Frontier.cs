namespace PartnerScreening.Crawling.Crawl;

/// <summary>A URL waiting to be fetched, with its link depth and priority (lower first).</summary>
internal sealed record FrontierItem(Uri Url, int Depth, int Priority);

/// <summary>
/// The URLs of one partner crawl, queued per host. A worker takes the best URL of a host nobody else is serving, so
/// hosts are crawled in parallel while each host sees one request at a time. The frontier also enforces the page budget.
/// </summary>
internal sealed class Frontier(int maxPages)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, PriorityQueue<FrontierItem, int>> _queues = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _busyHosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _taken;

    /// <summary>Whether the page budget stopped the crawl while URLs were still waiting.</summary>
    public bool PageBudgetHit { get; private set; }

    /// <summary>URLs that were queued but never taken.</summary>
    public int Remaining
    {
        get
        {
            lock (_gate)
            {
                return _queues.Values.Sum(queue => queue.Count);
            }
        }
    }

    /// <summary>Queues <paramref name="url"/> unless it was seen before; returns whether it was new.</summary>
    public bool Add(Uri url, int depth, int priority)
    {
        lock (_gate)
        {
            if (!_known.Add(Key(url)))
            {
                return false;
            }

            if (!_queues.TryGetValue(url.Host, out var queue))
            {
                queue = new PriorityQueue<FrontierItem, int>();
                _queues[url.Host] = queue;
            }

            queue.Enqueue(new FrontierItem(url, depth, priority), priority);
            Signal();
            return true;
        }
    }

    /// <summary>Marks <paramref name="url"/> as seen (a redirect target) so it is not queued again.</summary>
    public void MarkSeen(Uri url)
    {
        lock (_gate)
        {
            _known.Add(Key(url));
        }
    }

    /// <summary>The next URL of a free host, or null when the crawl is over (nothing left, or the page budget is spent).</summary>
    public async Task<FrontierItem?> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var waiting = _queues.Values.Any(queue => queue.Count > 0);
                if (_taken >= maxPages)
                {
                    PageBudgetHit |= waiting;
                    return null;
                }

                var best = _queues
                    .Where(pair => pair.Value.Count > 0 && !_busyHosts.Contains(pair.Key))
                    .Select(pair => (Host: pair.Key, Queue: pair.Value, Priority: pair.Value.TryPeek(out _, out var priority) ? priority : int.MaxValue))
                    .OrderBy(candidate => candidate.Priority)
                    .FirstOrDefault();

                if (best.Queue is not null)
                {
                    _busyHosts.Add(best.Host);
                    _taken++;
                    return best.Queue.Dequeue();
                }

                if (_busyHosts.Count == 0)
                {
                    return null;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Frees the host of <paramref name="item"/> for the next worker.</summary>
    public void Release(FrontierItem item)
    {
        lock (_gate)
        {
            _busyHosts.Remove(item.Url.Host);
            Signal();
        }
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }

    private static string Key(Uri url) => url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
}
