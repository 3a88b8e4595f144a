using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Jobs.Rescreening;
using Quartz;

namespace PartnerScreening.Jobs;

/// <summary>
/// Quartz job that rescreens the registry: nightly on the <see cref="RescreenOptions.Cron"/> schedule and once
/// after every ingest that accepted new snapshots. Runs never overlap; a trigger that fires while a run is
/// under way waits for it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RescreenJob(
    RescreenService service,
    INameScreener screener,
    IOptions<RescreenOptions> options,
    TimeProvider timeProvider,
    ILogger<RescreenJob> logger) : IJob
{
    public static readonly JobKey Key = new("rescreen", "screening");

    public static readonly TriggerKey NightlyTriggerKey = new("rescreen-nightly", "screening");

    /// <summary>Job data: what started the run (<c>nightly</c> when absent).</summary>
    public const string TriggerData = "trigger";

    /// <summary>Job data: comma-separated snapshot ids the index must include before the run starts.</summary>
    public const string SnapshotIdsData = "snapshotIds";

    private static readonly TimeSpan IndexPollInterval = TimeSpan.FromSeconds(2);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var trigger = context.MergedJobDataMap.GetString(TriggerData) ?? "nightly";
        var snapshotIds = (context.MergedJobDataMap.GetString(SnapshotIdsData) ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (snapshotIds.Length > 0)
        {
            await WaitForIndexAsync(snapshotIds, cancellationToken);
        }

        var outcome = await service.RunAsync(trigger, cancellationToken);
        context.Result = outcome;
        if (outcome.Status == RescreenRunStatus.Failed)
        {
            throw new JobExecutionException($"Rescreen run {outcome.RunId} failed: {outcome.Error}");
        }
    }

    /// <summary>
    /// Waits until the name index includes the snapshots the ingest accepted, because the index rebuilds itself
    /// through the same hook; after <see cref="RescreenOptions.IndexWaitSeconds"/> the run goes ahead on the index
    /// in force, whose version the run records.
    /// </summary>
    private async Task WaitForIndexAsync(IReadOnlyList<string> snapshotIds, CancellationToken cancellationToken)
    {
        var deadline = timeProvider.GetUtcNow().AddSeconds(options.Value.IndexWaitSeconds);
        var logged = false;
        while (!Covers(screener.CurrentVersion, snapshotIds) && timeProvider.GetUtcNow() < deadline)
        {
            if (!logged)
            {
                RescreenLog.WaitingForIndex(logger, string.Join(",", snapshotIds));
                logged = true;
            }

            await Task.Delay(IndexPollInterval, timeProvider, cancellationToken);
        }
    }

    private static bool Covers(IndexVersion? version, IReadOnlyList<string> snapshotIds) =>
        version is not null && snapshotIds.All(id => version.SnapshotIds.Contains(id, StringComparer.Ordinal));
}
