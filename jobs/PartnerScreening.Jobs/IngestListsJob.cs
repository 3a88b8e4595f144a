using Microsoft.Extensions.Logging;
using PartnerScreening.Lists.Ingestion;
using Quartz;

namespace PartnerScreening.Jobs;

/// <summary>
/// Downloads and ingests every enabled list source (default: daily at 02:30 Asia/Tokyo, see
/// <see cref="IngestListsJobOptions"/>). Each source's outcome is persisted as an ingest attempt by
/// <see cref="ListIngestionService"/>; a failed source does not fail the job, so the others still run.
/// </summary>
[DisallowConcurrentExecution]
public sealed class IngestListsJob(ListIngestionService ingestion, ILogger<IngestListsJob> logger) : IJob
{
    public static readonly JobKey Key = new("ingest-lists", "lists");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        JobsLog.IngestListsStarted(logger, context.FireInstanceId);

        var run = await ingestion.IngestAllAsync(cancellationToken);

        var accepted = run.Sources.Count(result => result.Outcome == Domain.Lists.IngestOutcome.Accepted);
        var unsuccessful = run.Sources.Where(result => !result.Succeeded).Select(result => result.Source).ToList();
        JobsLog.IngestListsFinished(logger, run.Sources.Count, accepted, unsuccessful.Count);
        if (unsuccessful.Count > 0 || run.FailedHandlers.Count > 0)
        {
            JobsLog.IngestListsIncomplete(logger, string.Join(", ", unsuccessful), string.Join(", ", run.FailedHandlers));
        }
    }
}
