namespace PartnerScreening.Web.Crawl;

/// <summary>Log messages of the crawl pages of the officer UI; event ids 4320-4329.</summary>
internal static partial class CrawlPagesLog
{
    [LoggerMessage(EventId = 4320, Level = LogLevel.Warning, Message = "Stored crawl report {ReportName} of partner {PartnerId} is unreadable")]
    public static partial void ReportUnreadable(ILogger logger, Exception exception, string partnerId, string reportName);

    [LoggerMessage(EventId = 4321, Level = LogLevel.Information, Message = "Officer term {TermId} added by {User}")]
    public static partial void TermAdded(ILogger logger, string termId, string user);

    [LoggerMessage(EventId = 4322, Level = LogLevel.Information, Message = "Officer term {TermId} removed by {User}")]
    public static partial void TermRemoved(ILogger logger, string termId, string user);
}
