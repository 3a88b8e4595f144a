using Microsoft.Extensions.Logging;

namespace PartnerScreening.Jobs;

/// <summary>Source-generated log messages of the Quartz jobs; event ids 4000–4099 (list ingest 4000–4019).</summary>
internal static partial class JobsLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "List ingest job {FireInstanceId} started")]
    public static partial void IngestListsStarted(ILogger logger, string fireInstanceId);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "List ingest job finished: {SourceCount} sources, {AcceptedCount} new snapshots, {UnsuccessfulCount} failed or rejected")]
    public static partial void IngestListsFinished(ILogger logger, int sourceCount, int acceptedCount, int unsuccessfulCount);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning,
        Message = "List ingest job incomplete: failed or rejected sources [{Sources}], failed snapshots-changed handlers [{Handlers}]")]
    public static partial void IngestListsIncomplete(ILogger logger, string sources, string handlers);
}
