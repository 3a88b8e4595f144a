using Microsoft.Extensions.Logging;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Matching.Index;

/// <summary>
/// Opens the current name index for the service and the command line, and rebuilds it from the snapshots in force
/// when it is damaged or written by another build of the matcher. The database is the record of what is
/// listed; the index is derived from it and never trusted over it.
/// </summary>
public sealed class IndexOpener(NameIndexStore store, IListSnapshotStore snapshots, ILogger<IndexOpener> logger)
{
    /// <summary>
    /// Returns true when an index is open afterwards. Returns false when none has been built yet, which the next
    /// ingest does (building here too would race the first-start ingest), or when no snapshot is in force.
    /// </summary>
    public async Task<bool> OpenOrRebuildAsync(CancellationToken cancellationToken)
    {
        try
        {
            return store.TryOpenCurrent();
        }
        catch (Exception exception) when (NameIndexStore.IsIndexFailure(exception))
        {
            IndexLog.IndexUnusable(logger, exception.Message, exception);
        }

        List<IndexedParty> parties;
        try
        {
            parties = await LoadInForceAsync(snapshots, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException exception)
        {
            // A data directory without a database (nothing ingested yet) has no snapshots to build from.
            IndexLog.SnapshotsUnavailable(logger, exception);
            return false;
        }

        if (parties.Count == 0)
        {
            return false;
        }

        await store.RebuildAsync(parties, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Loads the parties of every snapshot in force, in the order the index gives them ordinals.</summary>
    public static async Task<List<IndexedParty>> LoadInForceAsync(IListSnapshotStore snapshots, CancellationToken cancellationToken)
    {
        var parties = new List<IndexedParty>();
        foreach (var snapshot in await snapshots.GetAllInForceAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var party in await snapshots.GetPartiesAsync(snapshot.Id, cancellationToken).ConfigureAwait(false))
            {
                parties.Add(new IndexedParty(snapshot.Id, party));
            }
        }

        return parties;
    }
}
