using Microsoft.Extensions.Logging;

namespace PartnerScreening.Matching.Index;

/// <summary>Log messages of the name index; event ids 3000–3099.</summary>
internal static partial class IndexLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Name index {VersionId} built: {PartyCount} parties, {NameCount} names in {ElapsedMs} ms")]
    public static partial void IndexBuilt(ILogger logger, string versionId, int partyCount, int nameCount, long elapsedMs);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Name index {VersionId} opened: {PartyCount} parties, {NameCount} names")]
    public static partial void IndexOpened(ILogger logger, string versionId, int partyCount, int nameCount);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "No name index under {IndexRoot}; screening is unavailable until the lists are ingested")]
    public static partial void NoCurrentIndex(ILogger logger, string indexRoot);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Deleted index directory {DirectoryName}, which is neither the current nor the previous version")]
    public static partial void VersionDeleted(ILogger logger, string directoryName);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Rebuilding the name index after {SnapshotCount} accepted snapshots")]
    public static partial void RebuildStarted(ILogger logger, int snapshotCount);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Opening the current name index failed; screening is unavailable until the index is rebuilt")]
    public static partial void OpenFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "The current name index cannot be used ({Reason}); rebuilding it from the snapshots in force")]
    public static partial void IndexUnusable(ILogger logger, string reason, Exception exception);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Reading the snapshots in force to build the name index failed; screening is unavailable until the lists are ingested")]
    public static partial void SnapshotsUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Name index version {Version} was built by another process; opening it in place of {HeldVersion}")]
    public static partial void NewerVersionFound(ILogger logger, string version, string heldVersion);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Error, Message = "Checking for a newer name index version failed; the version held stays in use")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);
}
