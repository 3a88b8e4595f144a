using Microsoft.Extensions.Logging;
using PartnerScreening.Domain.Lists;
using Quartz;

namespace PartnerScreening.Jobs.Rescreening;

/// <summary>
/// Schedules a rescreening run as soon as an ingest accepted new snapshots. In a command-line ingest the scheduler
/// is not running, so the handler only logs that the nightly run or the <c>rescreen</c> command will pick the
/// change up.
/// </summary>
public sealed class RescreenAfterIngestHandler(ISchedulerFactory schedulerFactory, ILogger<RescreenAfterIngestHandler> logger)
    : ISnapshotsChangedHandler
{
    public async Task OnSnapshotsChangedAsync(IReadOnlyList<ListSnapshot> accepted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var snapshotIds = string.Join(",", accepted.Select(s => s.Id));
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        if (scheduler.Status != SchedulerStatus.Running)
        {
            RescreenLog.SchedulerNotRunning(logger, snapshotIds);
            return;
        }

        var data = new JobDataMap
        {
            [RescreenJob.TriggerData] = "after-ingest",
            [RescreenJob.SnapshotIdsData] = snapshotIds,
        };
        await scheduler.TriggerJob(RescreenJob.Key, data, cancellationToken);
        RescreenLog.ScheduledAfterIngest(logger, snapshotIds);
    }
}
