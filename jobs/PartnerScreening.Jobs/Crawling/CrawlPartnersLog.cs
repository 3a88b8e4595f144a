using Microsoft.Extensions.Logging;

namespace PartnerScreening.Jobs.Crawling;

/// <summary>Log messages of the weekly partner crawl and of the crawl queue officers use; event ids 4300-4310.</summary>
internal static partial class CrawlPartnersLog
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Weekly crawl started for {PartnerCount} partners")]
    public static partial void RunStarted(ILogger logger, int partnerCount);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Partner {PartnerId} crawled: {Pages} pages, {Findings} findings")]
    public static partial void PartnerCrawled(ILogger logger, string partnerId, int pages, int findings);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Error, Message = "Crawl of partner {PartnerId} failed; the run continues with the other partners")]
    public static partial void PartnerFailed(ILogger logger, Exception exception, string partnerId);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Information, Message = "Weekly crawl finished: {Succeeded} partners crawled, {Failed} failed, {Skipped} skipped")]
    public static partial void RunFinished(ILogger logger, int succeeded, int failed, int skipped);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Warning, Message = "Weekly crawl skipped: no partner website source is registered")]
    public static partial void NoPartnerSource(ILogger logger);

    [LoggerMessage(EventId = 4305, Level = LogLevel.Warning, Message = "Weekly crawl skipped: Crawling:ContactUrl and Crawling:ContactEmail are not set")]
    public static partial void NotConfigured(ILogger logger);

    [LoggerMessage(EventId = 4306, Level = LogLevel.Information, Message = "Partner {PartnerId} left out of the weekly crawl: an officer's crawl of it is queued or running")]
    public static partial void PartnerAlreadyCrawling(ILogger logger, string partnerId);

    [LoggerMessage(EventId = 4307, Level = LogLevel.Information, Message = "Crawl {RunId} of partner {PartnerId} queued by an officer")]
    public static partial void CrawlQueued(ILogger logger, string runId, string partnerId);

    [LoggerMessage(EventId = 4308, Level = LogLevel.Information, Message = "Crawl {RunId} of partner {PartnerId} finished: {Pages} pages, {Findings} findings")]
    public static partial void QueuedCrawlFinished(ILogger logger, string runId, string partnerId, int pages, int findings);

    [LoggerMessage(EventId = 4309, Level = LogLevel.Error, Message = "Crawl {RunId} of partner {PartnerId} failed")]
    public static partial void QueuedCrawlFailed(ILogger logger, Exception exception, string runId, string partnerId);

    [LoggerMessage(EventId = 4310, Level = LogLevel.Warning, Message = "Crawl of partner {PartnerId} fetched no page, so its report checked nothing: {Reasons}")]
    public static partial void PartnerFetchedNothing(ILogger logger, string partnerId, string reasons);
}
