using Microsoft.Extensions.Logging;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists;

/// <summary>Source-generated log messages of list download and ingest; event ids 1000–1099.</summary>
internal static partial class ListsLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Ingest of {Source} started from {Origin}")]
    public static partial void IngestStarted(ILogger logger, string source, string origin);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Ingest of {Source} accepted snapshot {SnapshotId}: {RecordCount} records, {Added} added, {Removed} removed, {Changed} changed")]
    public static partial void Accepted(ILogger logger, string source, string snapshotId, int recordCount, int added, int removed, int changed);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Ingest of {Source}: unchanged, snapshot {SnapshotId} stays in force")]
    public static partial void Unchanged(ILogger logger, string source, string? snapshotId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Ingest of {Source} rejected: {Reason}")]
    public static partial void Rejected(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Ingest of {Source} failed: {Reason}")]
    public static partial void Failed(ILogger logger, Exception exception, string source, string reason);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Recording the ingest attempt of {Source} ({Outcome}) failed")]
    public static partial void AttemptNotRecorded(ILogger logger, Exception exception, string source, IngestOutcome outcome);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "Snapshots-changed handler {Handler} failed after {Count} accepted snapshots")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string handler, int count);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Parser {Parser} warned on {Source}: {Warning}")]
    public static partial void ParserWarning(ILogger logger, string parser, string source, string warning);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "Download of {Source} from {Url}: not modified")]
    public static partial void NotModified(ILogger logger, string source, Uri url);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Information, Message = "Downloaded {Source} from {Url}: {Bytes} bytes and {CompanionCount} companion files")]
    public static partial void Downloaded(ILogger logger, string source, Uri url, int bytes, int companionCount);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Information, Message = "Index page {PageUrl} of {Source} links the current file {Link}")]
    public static partial void IndexLinkFound(ILogger logger, string source, Uri pageUrl, Uri link);
}
