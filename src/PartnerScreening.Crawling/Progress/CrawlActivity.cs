using PartnerScreening.Crawling.Crawl;

namespace PartnerScreening.Crawling.Progress;

/// <summary>
/// The partner crawls of this process, queued, running and recently finished, and the weekly run's progress. It lives in
/// memory only: after a restart the stored reports remain, but the progress of crawls that were running is gone.
/// </summary>
// TODO: keep crawl runs in the database, so that queued crawls survive a restart and every node of a scaled-out
// service shows the same progress. Each node now shows only the crawls it runs itself.
public sealed class CrawlActivity(TimeProvider timeProvider)
{
    /// <summary>Finished crawls kept for display. Older ones are dropped, but their reports stay stored.</summary>
    public const int MaxFinishedKept = 200;

    private readonly object _gate = new();
    private readonly List<PartnerCrawlStatus> _runs = [];
    private WeeklyCrawlStatus? _weekly;

    /// <summary>The latest weekly run, running or finished; null before the first run of this process.</summary>
    public WeeklyCrawlStatus? Weekly
    {
        get
        {
            lock (_gate)
            {
                return _weekly is null ? null : _weekly with { Current = [.. _runs.Where(r => r.Trigger == CrawlTrigger.Weekly && r.IsActive)] };
            }
        }
    }

    /// <summary>Every known crawl, newest first.</summary>
    public IReadOnlyList<PartnerCrawlStatus> Runs
    {
        get
        {
            lock (_gate)
            {
                return [.. _runs.OrderByDescending(r => r.QueuedAt)];
            }
        }
    }

    /// <summary>The partner's most recent crawl, or null when it was not crawled since the service started.</summary>
    public PartnerCrawlStatus? LatestFor(string partnerId)
    {
        lock (_gate)
        {
            return _runs.Where(r => r.PartnerId == partnerId).MaxBy(r => r.QueuedAt);
        }
    }

    /// <summary>The partner's queued or running crawl, if any.</summary>
    public PartnerCrawlStatus? ActiveFor(string partnerId)
    {
        lock (_gate)
        {
            return _runs.FirstOrDefault(r => r.PartnerId == partnerId && r.IsActive);
        }
    }

    public PartnerCrawlStatus? Find(string runId)
    {
        lock (_gate)
        {
            return _runs.FirstOrDefault(r => r.RunId == runId);
        }
    }

    /// <summary>
    /// Records a queued crawl of <paramref name="target"/>, or returns null when that partner already has a queued or
    /// running crawl (one crawl per partner at a time).
    /// </summary>
    public PartnerCrawlStatus? TryQueue(CrawlTarget target, CrawlTrigger trigger, string? requestedBy, int pageBudget)
    {
        lock (_gate)
        {
            if (_runs.Any(r => r.PartnerId == target.PartnerId && r.IsActive))
            {
                return null;
            }

            var status = new PartnerCrawlStatus
            {
                RunId = Guid.NewGuid().ToString("N"),
                PartnerId = target.PartnerId,
                PartnerName = target.PartnerName,
                Trigger = trigger,
                RequestedBy = requestedBy,
                State = CrawlRunState.Queued,
                QueuedAt = timeProvider.GetUtcNow(),
                PageBudget = pageBudget,
            };
            _runs.Add(status);
            Trim();
            return status;
        }
    }

    public void MarkRunning(string runId) =>
        Update(runId, r => r with { State = CrawlRunState.Running, StartedAt = timeProvider.GetUtcNow() });

    /// <summary>An <see cref="IProgress{T}"/> that records pages fetched on the crawl <paramref name="runId"/>, on the reporting thread.</summary>
    public IProgress<CrawlProgress> ProgressOf(string runId) => new RunProgress(this, runId);

    public void MarkSucceeded(string runId, string reportName, int pagesFetched) =>
        Update(runId, r => r with { State = CrawlRunState.Succeeded, FinishedAt = timeProvider.GetUtcNow(), ReportName = reportName, PagesFetched = pagesFetched });

    public void MarkFailed(string runId, string error, string errorJa) =>
        Update(runId, r => r with { State = CrawlRunState.Failed, FinishedAt = timeProvider.GetUtcNow(), Error = error, ErrorJa = errorJa });

    /// <summary>Starts recording a weekly run over <paramref name="total"/> partners.</summary>
    public void StartWeekly(int total)
    {
        lock (_gate)
        {
            _weekly = new WeeklyCrawlStatus { StartedAt = timeProvider.GetUtcNow(), Total = total };
        }
    }

    /// <summary>Counts one partner of the weekly run as done.</summary>
    public void CountWeeklyPartner(WeeklyPartnerOutcome outcome)
    {
        lock (_gate)
        {
            if (_weekly is null)
            {
                return;
            }

            _weekly = outcome switch
            {
                WeeklyPartnerOutcome.Succeeded => _weekly with { Succeeded = _weekly.Succeeded + 1 },
                WeeklyPartnerOutcome.Failed => _weekly with { Failed = _weekly.Failed + 1 },
                _ => _weekly with { Skipped = _weekly.Skipped + 1 },
            };
        }
    }

    /// <summary>Marks the weekly run finished, with <paramref name="error"/> as the reason when it stopped early.</summary>
    public void FinishWeekly(string? error = null, string? errorJa = null)
    {
        lock (_gate)
        {
            if (_weekly is null)
            {
                return;
            }

            _weekly = _weekly with { FinishedAt = timeProvider.GetUtcNow(), Error = error, ErrorJa = errorJa };
        }
    }

    private void Update(string runId, Func<PartnerCrawlStatus, PartnerCrawlStatus> change)
    {
        lock (_gate)
        {
            var index = _runs.FindIndex(r => r.RunId == runId);
            if (index >= 0)
            {
                _runs[index] = change(_runs[index]);
            }
        }
    }

    // Drops the oldest finished crawls beyond the cap, but always keeps queued and running ones.
    private void Trim()
    {
        var finished = _runs.Where(r => !r.IsActive).OrderBy(r => r.QueuedAt).ToList();
        foreach (var old in finished.Take(Math.Max(0, finished.Count - MaxFinishedKept)))
        {
            _runs.Remove(old);
        }
    }

    private sealed class RunProgress(CrawlActivity activity, string runId) : IProgress<CrawlProgress>
    {
        public void Report(CrawlProgress value) =>
            activity.Update(runId, r => r with { PagesFetched = value.PagesFetched, PageBudget = value.PageBudget });
    }
}
