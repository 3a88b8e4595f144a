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
internal sealed class IndexStartup(NameIndexStore store, IndexOpener opener, IOptions<MatchingOptions> options, TimeProvider timeProvider, ILogger<IndexStartup> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await opener.OpenOrRebuildAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (NameIndexStore.IsIndexFailure(exception))
        {
            // The service still starts: screening answers "index not ready" until the next ingest rebuilds it.
            IndexLog.OpenFailed(logger, exception);
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
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
            catch (Exception exception) when (NameIndexStore.IsIndexFailure(exception))
            {
                IndexLog.RefreshFailed(logger, exception);
            }
        }
    }
}
