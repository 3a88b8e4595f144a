using Microsoft.Extensions.Logging;

namespace PartnerScreening.Jobs.Crawling;

/// <summary>Log messages of the weekly partner crawl; event ids 4300-4309.</summary>
internal static partial class CrawlPartnersLog
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Weekly crawl started for {PartnerCount} partners")]
    public static partial void RunStarted(ILogger logger, int partnerCount);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Partner {PartnerId} crawled: {Pages} pages, {Findings} findings, report {ReportPath}")]
    public static partial void PartnerCrawled(ILogger logger, string partnerId, int pages, int findings, string reportPath);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Error, Message = "Crawl of partner {PartnerId} failed; the run continues with the other partners")]
    public static partial void PartnerFailed(ILogger logger, Exception exception, string partnerId);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Information, Message = "Weekly crawl finished: {Succeeded} partners crawled, {Failed} failed")]
    public static partial void RunFinished(ILogger logger, int succeeded, int failed);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Warning, Message = "Weekly crawl skipped: no partner website source is registered")]
    public static partial void NoPartnerSource(ILogger logger);
}
