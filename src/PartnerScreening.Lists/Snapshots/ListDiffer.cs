using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists.Snapshots;

/// <summary>
/// Computes the <see cref="ListDiff"/> between two snapshots of one source: entries are paired by the
/// <see cref="DiffKeyKind"/> of the source, then each pair is compared field by field.
/// </summary>
public static class ListDiffer
{
    public static ListDiff Compute(
        string source,
        string? previousSnapshotId,
        IReadOnlyList<ListedParty> previous,
        string snapshotId,
        IReadOnlyList<ListedParty> current,
        DiffKeyKind keyKind)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);

        var previousByKey = IndexByKey(previous, keyKind);
        var currentByKey = IndexByKey(current, keyKind);

        var added = new List<ListDiffEntry>();
        var changed = new List<ListDiffChange>();
        foreach (var (key, party) in currentByKey)
        {
            if (!previousByKey.TryGetValue(key, out var before))
            {
                added.Add(new ListDiffEntry(party.SourceEntityId, party.PrimaryName));
                continue;
            }

            var fields = ChangedFields(before, party);
            if (fields.Count > 0)
            {
                changed.Add(new ListDiffChange(before.SourceEntityId, party.SourceEntityId, party.PrimaryName, fields));
            }
        }

        var removed = previousByKey
            .Where(pair => !currentByKey.ContainsKey(pair.Key))
            .Select(pair => new ListDiffEntry(pair.Value.SourceEntityId, pair.Value.PrimaryName))
            .ToList();

        return new ListDiff
        {
            Source = source,
            PreviousSnapshotId = previousSnapshotId,
            SnapshotId = snapshotId,
            Added = added,
            Removed = removed,
            Changed = changed,
        };
    }

    /// <summary>Returns the key that pairs <paramref name="party"/> with its entry in another snapshot.</summary>
    public static string KeyOf(ListedParty party, DiffKeyKind keyKind)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (keyKind == DiffKeyKind.SourceEntityId)
        {
            return party.SourceEntityId;
        }

        var country = party.Countries.FirstOrDefault();
        var countryKey = country?.Code ?? DiffNameNormalizer.Normalize(country?.NameEn ?? country?.NameJa);
        return DiffNameNormalizer.Normalize(party.PrimaryName) + "|" + countryKey.ToUpperInvariant();
    }

    /// <summary>Lists the fields that differ, by their property names in camel case; ids are left out.</summary>
    public static IReadOnlyList<string> ChangedFields(ListedParty before, ListedParty after)
    {
        var fields = new List<string>();
        AddIf(fields, "primaryName", before.PrimaryName != after.PrimaryName);
        AddIf(fields, "kind", before.Kind != after.Kind);
        AddIf(fields, "aliases", !before.Aliases.SequenceEqual(after.Aliases));
        AddIf(fields, "addresses", !before.Addresses.SequenceEqual(after.Addresses));
        AddIf(fields, "countries", !before.Countries.SequenceEqual(after.Countries));
        AddIf(fields, "programs", !before.Programs.SequenceEqual(after.Programs));
        AddIf(fields, "conventionalWeapons", before.ConventionalWeapons != after.ConventionalWeapons);
        AddIf(fields, "identifiers", !before.Identifiers.SequenceEqual(after.Identifiers));
        AddIf(fields, "dates", !before.Dates.SequenceEqual(after.Dates));
        AddIf(fields, "remarks", before.Remarks != after.Remarks);
        AddIf(fields, "sourceUrl", before.SourceUrl != after.SourceUrl);
        return fields;
    }

    private static Dictionary<string, ListedParty> IndexByKey(IReadOnlyList<ListedParty> parties, DiffKeyKind keyKind)
    {
        // A key seen twice in one snapshot gets an occurrence suffix, so both entries take part in the diff.
        var byKey = new Dictionary<string, ListedParty>(parties.Count, StringComparer.Ordinal);
        foreach (var party in parties)
        {
            var key = KeyOf(party, keyKind);
            var unique = key;
            for (var occurrence = 2; byKey.ContainsKey(unique); occurrence++)
            {
                unique = $"{key}#{occurrence}";
            }

            byKey.Add(unique, party);
        }

        return byKey;
    }

    private static void AddIf(List<string> fields, string name, bool differs)
    {
        if (differs)
        {
            fields.Add(name);
        }
    }
}
