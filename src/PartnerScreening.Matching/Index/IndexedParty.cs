using PartnerScreening.Domain.Lists;
using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Index;

/// <summary>A listed party in the index, with the snapshot it comes from.</summary>
public sealed record IndexedParty(string SnapshotId, ListedParty Party)
{
    /// <summary>ISO country codes of the party, upper case.</summary>
    public IReadOnlyList<string> CountryCodes { get; } = [.. Party.Countries
        .Select(country => country.Code?.Trim().ToUpperInvariant())
        .Where(code => code is { Length: 2 })
        .Cast<string>()
        .Distinct()];
}

/// <summary>One name or alias of an indexed party, normalised.</summary>
public sealed record IndexedName(int PartyOrdinal, string Value, NameType Type, NormalizedName Normalized);
