using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Screenings;

namespace PartnerScreening.Screenings;

/// <summary>
/// Writes screening records with group commit: concurrent requests queue their record, and one writer inserts
/// everything queued so far in a single transaction. Each caller's task completes only after its row is
/// committed, so a screening is never returned before it is stored. The writer runs as a hosted service of
/// <c>serve</c>; a command-line host that does not start its hosted services cannot store screenings.
/// </summary>
public sealed class ScreeningWriter(
    IDbContextFactory<PartnerScreeningDbContext> dbContextFactory,
    ILogger<ScreeningWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<(ScreeningRecord Record, TaskCompletionSource Committed)> _queue =
        Channel.CreateUnbounded<(ScreeningRecord, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a record and completes when it is committed; throws when the write failed.</summary>
    public Task WriteAsync(ScreeningRecord record, CancellationToken cancellationToken)
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite((record, committed)))
        {
            throw new InvalidOperationException("The screening writer has stopped; the server is shutting down.");
        }

        return committed.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(ScreeningRecord Record, TaskCompletionSource Committed)>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            await CommitAsync(batch, stoppingToken);
        }
    }

    private async Task CommitAsync(List<(ScreeningRecord Record, TaskCompletionSource Committed)> batch, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
            db.Set<ScreeningRecord>().AddRange(batch.Select(item => item.Record));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var item in batch)
            {
                item.Committed.TrySetResult();
            }
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or OperationCanceledException)
        {
            ScreeningLog.WriteFailed(logger, batch.Count, exception);
            foreach (var item in batch)
            {
                item.Committed.TrySetException(exception);
            }
        }
    }
}
