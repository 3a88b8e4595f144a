using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using PartnerScreening.Domain.Screening;

namespace PartnerScreening.Screenings.Batch;

/// <summary>
/// Queues batch files and screens their rows one after another in the background. Each row is stored in the
/// audit trail like a single screening by the officer who uploaded the file. A row with an invalid name is
/// reported in the results and the batch goes on; an index that is not ready stops the batch.
/// </summary>
public sealed class BatchScreeningService(
    IServiceProvider services,
    TimeProvider timeProvider,
    ILogger<BatchScreeningService> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, BatchJob> _jobs = new(StringComparer.Ordinal);
    private readonly Channel<BatchJob> _queue = Channel.CreateUnbounded<BatchJob>();

    public BatchJob Enqueue(string owner, string fileName, IReadOnlyList<BatchRow> rows)
    {
        var job = new BatchJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), owner, fileName, rows, timeProvider.GetUtcNow());
        _jobs[job.Id] = job;
        _queue.Writer.TryWrite(job);
        BatchLog.Queued(logger, job.Id, rows.Count);
        return job;
    }

    public BatchJob? Get(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    public IReadOnlyList<BatchJob> GetByOwner(string owner) =>
        _jobs.Values.Where(job => job.Owner == owner).OrderByDescending(job => job.CreatedAt).ToList();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await RunAsync(job, stoppingToken);
        }
    }

    private async Task RunAsync(BatchJob job, CancellationToken cancellationToken)
    {
        var actor = new ScreeningActor("officer", job.Owner);
        try
        {
            foreach (var row in job.Rows)
            {
                job.Add(await ScreenRowAsync(row, actor, cancellationToken));
            }

            job.Finish(timeProvider.GetUtcNow(), null);
            BatchLog.Finished(logger, job.Id, job.Rows.Count);
        }
        catch (IndexNotReadyException exception)
        {
            job.Finish(timeProvider.GetUtcNow(), exception.Message);
            BatchLog.Failed(logger, job.Id, exception);
        }
    }

    private async Task<BatchRowResult> ScreenRowAsync(BatchRow row, ScreeningActor actor, CancellationToken cancellationToken)
    {
        var request = new ScreeningRequest
        {
            Subject = new SubjectRequest { Name = row.Name, Country = row.Country, Kind = row.Kind },
        };
        if (!SubjectValidator.TryValidate(request, out var validated, out var errors))
        {
            var values = new Dictionary<string, string?> { ["subject.name"] = row.Name, ["subject.country"] = row.Country, ["subject.kind"] = row.Kind };
            var japanese = errors.SelectMany(error => error.Value.Select(message => SubjectErrorsJa.Translate(error.Key, message, values.GetValueOrDefault(error.Key))));
            return new BatchRowResult(row, null, string.Join(" ", japanese)) { ErrorEn = string.Join(" ", errors.SelectMany(error => error.Value)) };
        }

        var runner = services.GetRequiredService<ScreeningRunner>();
        var screening = await runner.RunAsync(validated!, request, actor, cancellationToken);
        return new BatchRowResult(row, screening, null);
    }
}

/// <summary>Log messages of batch screening, event ids 7200–7299.</summary>
internal static partial class BatchLog
{
    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Batch {BatchId} queued with {RowCount} rows")]
    public static partial void Queued(ILogger logger, string batchId, int rowCount);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Information, Message = "Batch {BatchId} finished: {RowCount} rows")]
    public static partial void Finished(ILogger logger, string batchId, int rowCount);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Warning, Message = "Batch {BatchId} stopped because the name index is not ready")]
    public static partial void Failed(ILogger logger, string batchId, Exception exception);
}
