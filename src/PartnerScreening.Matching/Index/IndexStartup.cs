using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Matching.Screening;

namespace PartnerScreening.Matching.Index;

/// <summary>
/// Opens the current index version when the host starts, so that screening works without a rebuild, then checks
/// every <see cref="MatchingOptions.IndexRefreshSeconds"/> whether another process (an <c>ingest</c> from the
/// command line) has built a newer version, and opens it.
/// </summary>
internal sealed class IndexStartup(NameIndexStore store, IOptions<MatchingOptions> options, TimeProvider timeProvider, ILogger<IndexStartup> logger) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            store.TryOpenCurrent();
        }
        catch (Exception exception) when (IsIndexFailure(exception))
        {
            // The service still starts: screening answers "index not ready" until the next ingest rebuilds it.
            IndexLog.OpenFailed(logger, exception);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IndexRefreshSeconds), timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await store.RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsIndexFailure(exception))
            {
                IndexLog.RefreshFailed(logger, exception);
            }
        }
    }

    private static bool IsIndexFailure(Exception exception) =>
        exception is IOException or InvalidDataException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException or System.Text.Json.JsonException;
}
