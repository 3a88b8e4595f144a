using Microsoft.Extensions.Logging;

namespace PartnerScreening.Jobs.Rescreening;

/// <summary>Log messages of the rescreening (event ids 4100–4199).</summary>
internal static partial class RescreenLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Rescreen run {RunId} started ({Trigger})")]
    public static partial void RunStarted(ILogger logger, int runId, string trigger);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Rescreen run {RunId} finished: {Subjects} subjects, {Names} names, {Hits} hits, {Alerts} new alerts, {Decided} hits under a decision in force, {ElapsedMs} ms")]
    public static partial void RunFinished(ILogger logger, int runId, int subjects, int names, int hits, int alerts, int decided, long elapsedMs);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Rescreen run {RunId} failed; the previous run's results stay in force")]
    public static partial void RunFailed(ILogger logger, int runId, Exception exception);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Screening subject {SubjectKind} {SubjectId} failed in rescreen run {RunId}")]
    public static partial void SubjectFailed(ILogger logger, string subjectKind, int subjectId, int runId, Exception exception);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Waiting for the name index to include snapshots {SnapshotIds} before rescreening")]
    public static partial void WaitingForIndex(ILogger logger, string snapshotIds);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Rescreening scheduled after ingest of snapshots {SnapshotIds}")]
    public static partial void ScheduledAfterIngest(ILogger logger, string snapshotIds);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Rescreening not scheduled after ingest of snapshots {SnapshotIds}: the scheduler is not running; run 'rescreen' or wait for the nightly run")]
    public static partial void SchedulerNotRunning(ILogger logger, string snapshotIds);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Mailed {Count} alerts of rescreen run {RunId} to {RecipientCount} recipients")]
    public static partial void AlertsMailed(ILogger logger, int count, int runId, int recipientCount);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Error, Message = "Mailing the alerts of rescreen run {RunId} failed; they are in the inbox")]
    public static partial void AlertMailFailed(ILogger logger, int runId, Exception exception);
}
