using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PartnerScreening.Matching.Index;

/// <summary>Opens the current index version when the host starts, so that screening works without a rebuild.</summary>
internal sealed class IndexStartup(NameIndexStore store, ILogger<IndexStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            store.TryOpenCurrent();
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or Lucene.Net.Index.CorruptIndexException or System.Text.Json.JsonException)
        {
            // The service still starts: screening answers "index not ready" until the next ingest rebuilds it.
            IndexLog.OpenFailed(logger, exception);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
