namespace PartnerScreening.Crawling.Progress;

/// <summary>Where a partner crawl is: waiting in the queue, running, finished with a report, or failed.</summary>
public enum CrawlRunState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>What started a partner crawl: an officer from the partner page, or the weekly job.</summary>
public enum CrawlTrigger
{
    Officer,
    Weekly,
}

/// <summary>The state of one partner crawl, as the partner page and the crawl status page show it.</summary>
public sealed record PartnerCrawlStatus
{
    /// <summary>Identifier of this crawl, unique while the service runs.</summary>
    public required string RunId { get; init; }

    public required string PartnerId { get; init; }

    public string? PartnerName { get; init; }

    public required CrawlTrigger Trigger { get; init; }

    /// <summary>The officer's user name for a crawl started from the UI; null for the weekly job.</summary>
    public string? RequestedBy { get; init; }

    public required CrawlRunState State { get; init; }

    public required DateTimeOffset QueuedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Pages with a response so far; once the crawl succeeded, the pages fetched with content, as in the report.</summary>
    public int PagesFetched { get; init; }

    /// <summary>The page budget per partner (<c>Crawling:MaxPagesPerPartner</c>).</summary>
    public int PageBudget { get; init; }

    /// <summary>The stored report's name (its start time, e.g. <c>20261204T021500Z</c>) once the crawl succeeded.</summary>
    public string? ReportName { get; init; }

    /// <summary>Why the crawl failed, in English and Japanese.</summary>
    public string? Error { get; init; }

    public string? ErrorJa { get; init; }

    public bool IsActive => State is CrawlRunState.Queued or CrawlRunState.Running;
}

/// <summary>How one partner of the weekly run ended.</summary>
public enum WeeklyPartnerOutcome
{
    Succeeded,
    Failed,
    Skipped,
}

/// <summary>Progress of one run of the weekly crawl of every partner.</summary>
public sealed record WeeklyCrawlStatus
{
    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Partners with a website when the run started.</summary>
    public required int Total { get; init; }

    public int Succeeded { get; init; }

    public int Failed { get; init; }

    /// <summary>Partners left out because an officer's crawl of them was already queued or running.</summary>
    public int Skipped { get; init; }

    /// <summary>Partners being crawled now (several run in parallel, up to <c>Crawling:MaxParallelPartners</c>).</summary>
    public IReadOnlyList<PartnerCrawlStatus> Current { get; init; } = [];

    /// <summary>Why the whole run stopped early, in English and Japanese; null when it ran through.</summary>
    public string? Error { get; init; }

    public string? ErrorJa { get; init; }

    public int Done => Succeeded + Failed + Skipped;

    public bool IsActive => FinishedAt is null;
}
