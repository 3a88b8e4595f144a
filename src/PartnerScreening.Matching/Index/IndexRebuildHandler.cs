using Microsoft.Extensions.Logging;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Matching.Index;

/// <summary>Rebuilds the name index from every snapshot in force after an ingest accepted new snapshots.</summary>
public sealed class IndexRebuildHandler(IListSnapshotStore store, NameIndexStore indexStore, ILogger<IndexRebuildHandler> logger) : ISnapshotsChangedHandler
{
    public async Task OnSnapshotsChangedAsync(IReadOnlyList<ListSnapshot> accepted, CancellationToken cancellationToken)
    {
        IndexLog.RebuildStarted(logger, accepted.Count);
        var parties = await IndexOpener.LoadInForceAsync(store, cancellationToken).ConfigureAwait(false);
        await indexStore.RebuildAsync(parties, cancellationToken).ConfigureAwait(false);
    }
}
