using System.Text;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Domain.Rescreening;

/// <summary>
/// The identity of a listed party across snapshots, used to pair a decision or a previous hit with today's hit.
/// </summary>
/// <remarks>
/// Most sources keep their entity ids from one edition to the next, so the key is the source plus that id. The
/// METI End User List renumbers its entries in every edition, so there the key is the source, the normalised
/// primary name and the first country; an entry renamed by METI therefore counts as a new entry.
/// </remarks>
public static class ListedPartyKey
{
    /// <summary>Sources whose entity ids are not stable across editions.</summary>
    public static IReadOnlySet<string> SourcesWithUnstableIds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ListSourceIds.MetiEndUserList,
    };

    /// <summary>Returns the key of a listed party.</summary>
    public static string For(ListedParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (!SourcesWithUnstableIds.Contains(party.Source))
        {
            return $"{party.Source}:id:{party.SourceEntityId}";
        }

        var country = party.Countries.Count == 0
            ? ""
            : party.Countries[0].Code ?? NormaliseName(party.Countries[0].NameEn ?? party.Countries[0].NameJa ?? "");
        return $"{party.Source}:name:{NormaliseName(party.PrimaryName)}|{country}";
    }

    /// <summary>Folds a name to NFKC lower case letters and digits only, so spacing, punctuation and width do not matter.</summary>
    public static string NormaliseName(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(normalized.Length);
        foreach (var character in normalized)
        {
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }
}
