using Microsoft.Extensions.Logging;

namespace PartnerScreening.Crawling;

/// <summary>Source-generated log messages of the crawler; event ids 3000-3099.</summary>
internal static partial class CrawlerLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "robots.txt of {Host}: {Availability} (HTTP {Status})")]
    public static partial void RobotsFetched(ILogger logger, string host, string availability, int status);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Fetched {Url}: HTTP {Status}, {Bytes} bytes")]
    public static partial void PageFetched(ILogger logger, Uri url, int status, int bytes);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Skipped {Url}: {Reason}")]
    public static partial void PageSkipped(ILogger logger, Uri url, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Crawl of partner {PartnerId} started with {SeedCount} seeds")]
    public static partial void CrawlStarted(ILogger logger, string partnerId, int seedCount);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Crawl of partner {PartnerId} finished: {Pages} pages, {Skipped} skipped, {Findings} findings")]
    public static partial void CrawlFinished(ILogger logger, string partnerId, int pages, int skipped, int findings);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Crawl of partner {PartnerId} stopped at its budget: {Budget}")]
    public static partial void BudgetHit(ILogger logger, string partnerId, string budget);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Host {Host} given up: {Reason}")]
    public static partial void HostGivenUp(ILogger logger, string host, string reason);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Page {Url} could not be read: {Reason}")]
    public static partial void PageUnreadable(ILogger logger, Uri url, string reason);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "Sitemap {Url} could not be read: {Reason}")]
    public static partial void SitemapUnreadable(ILogger logger, Uri url, string reason);
}
