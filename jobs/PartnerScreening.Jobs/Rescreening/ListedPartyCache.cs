using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Jobs.Rescreening;

/// <summary>Loads the parties of a snapshot once per run, so each hit finds its listed party without a query of its own.</summary>
internal sealed class ListedPartyCache(IListSnapshotStore snapshots)
{
    private readonly Dictionary<string, Dictionary<string, ListedParty>> bySnapshot = new(StringComparer.Ordinal);

    public async Task<ListedParty> GetAsync(string snapshotId, string sourceEntityId, CancellationToken cancellationToken)
    {
        if (!bySnapshot.TryGetValue(snapshotId, out var parties))
        {
            var list = await snapshots.GetPartiesAsync(snapshotId, cancellationToken);
            parties = new Dictionary<string, ListedParty>(StringComparer.Ordinal);
            foreach (var party in list)
            {
                parties.TryAdd(party.SourceEntityId, party);
            }

            bySnapshot[snapshotId] = parties;
        }

        return parties.TryGetValue(sourceEntityId, out var found)
            ? found
            : throw new InvalidOperationException(
                $"The index returned entry {sourceEntityId} of snapshot {snapshotId}, but the snapshot store has no such entry; rebuild the index (ingest) and run again.");
    }
}
