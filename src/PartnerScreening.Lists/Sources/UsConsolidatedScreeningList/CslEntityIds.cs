using System.Text.RegularExpressions;

namespace PartnerScreening.Lists.Sources.UsConsolidatedScreeningList;

/// <summary>
/// Builds <c>SourceEntityId</c> values that are unique within a CSL snapshot and stable across editions.
/// </summary>
/// <remarks>
/// The CSL repeats one Treasury entity once per Treasury list it is on, with the same <c>_id</c> (the OFAC entity
/// number): VTB's Angolan bank is an SDN, CAPTA and SSI row. The SDN row and the BIS and State rows (SHA-1 ids)
/// keep <c>_id</c> as it is; a row of another Treasury list gets the list's code appended, e.g. <c>18725-CAP</c>
/// and <c>30902-CMIC</c>, so the id does not change when the entity joins or leaves another list. A row that
/// still repeats an id (the 2022 file lists one CAPTA row twice) gets <c>-2</c>, <c>-3</c> … in file order.
/// </remarks>
internal sealed partial class CslEntityIds
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    /// <summary>Returns the id for a row and whether it had to be numbered because the same id came before.</summary>
    public (string Id, bool Repeated) Next(string rowId, string sourceList)
    {
        var id = IsOtherTreasuryList(rowId, sourceList) ? $"{rowId}-{ListCode(sourceList)}" : rowId;
        var count = seen.GetValueOrDefault(id) + 1;
        seen[id] = count;
        return count == 1 ? (id, false) : ($"{id}-{count}", true);
    }

    private static bool IsOtherTreasuryList(string rowId, string sourceList) =>
        rowId.All(char.IsAsciiDigit)
        && !sourceList.StartsWith("Specially Designated Nationals", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the code in the list name's parentheses ("Capta List (CAP)" → CAP), or the list name's initials.</summary>
    internal static string ListCode(string sourceList)
    {
        var shortName = CslPartyMapper.ShortListName(sourceList);
        var match = ParenthesisedCode().Match(shortName);
        var code = match.Success
            ? match.Groups[1].Value
            : string.Concat(shortName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => word[0]));
        return string.Join('-', code.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }

    [GeneratedRegex(@"\(([^)]+)\)\s*$")]
    private static partial Regex ParenthesisedCode();
}
