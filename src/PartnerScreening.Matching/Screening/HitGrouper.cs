using System.Text;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Screening;

/// <summary>
/// Groups hits that are the same real-world entity on several lists (KOMID on METI, UN, SDN and CSL).
/// Rule: two hits share a group when any name of one and any name of the other have the same identity key,
/// the distinctive and generic words of the name sorted and joined, or its folded Han and kana without legal
/// forms. Keys shorter than 8 characters (UVZ, a bare surname) are ignored because they are not specific
/// enough to say two entries are one entity. The group id is the smallest shared key.
/// </summary>
internal static class HitGrouper
{
    private const int MinimumKeyLength = 8;

    public static Dictionary<int, string> AssignGroups(NameIndex index, IReadOnlyList<int> partyOrdinals)
    {
        var parent = Enumerable.Range(0, partyOrdinals.Count).ToArray();
        var keyOwner = new Dictionary<string, int>(StringComparer.Ordinal);
        var keysByHit = new List<string>[partyOrdinals.Count];

        for (var hit = 0; hit < partyOrdinals.Count; hit++)
        {
            keysByHit[hit] = [.. index.NamesOf(partyOrdinals[hit]).SelectMany(name => IdentityKeys(name.Normalized)).Distinct(StringComparer.Ordinal)];
            foreach (var key in keysByHit[hit])
            {
                if (keyOwner.TryGetValue(key, out var owner))
                {
                    Union(parent, owner, hit);
                }
                else
                {
                    keyOwner[key] = hit;
                }
            }
        }

        var groupKeys = new Dictionary<int, string>();
        for (var hit = 0; hit < partyOrdinals.Count; hit++)
        {
            var root = Find(parent, hit);
            var candidate = keysByHit[hit].Count > 0 ? keysByHit[hit].Min(StringComparer.Ordinal)! : $"{index.Parties[partyOrdinals[hit]].Party.Source}:{index.Parties[partyOrdinals[hit]].Party.SourceEntityId}";
            if (!groupKeys.TryGetValue(root, out var existing) || string.CompareOrdinal(candidate, existing) < 0)
            {
                groupKeys[root] = candidate;
            }
        }

        var result = new Dictionary<int, string>();
        for (var hit = 0; hit < partyOrdinals.Count; hit++)
        {
            result[partyOrdinals[hit]] = groupKeys[Find(parent, hit)];
        }

        return result;
    }

    public static IEnumerable<string> IdentityKeys(NormalizedName name)
    {
        var words = name.Tokens
            .Where(token => token.Role is TokenRole.Word or TokenRole.Generic or TokenRole.Number)
            .Select(token => token.Text)
            .Order(StringComparer.Ordinal);
        var latin = string.Join(' ', words);
        if (latin.Length >= MinimumKeyLength)
        {
            yield return latin;
        }

        if (name.Cjk.Length * 2 >= MinimumKeyLength)
        {
            yield return name.Cjk;
        }
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var rootA = Find(parent, a);
        var rootB = Find(parent, b);
        if (rootA != rootB)
        {
            parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }
}
