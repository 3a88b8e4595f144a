namespace PartnerScreening.Domain.Lists;

/// <summary>
/// One entry of an official list, mapped from the source format with its provenance kept.
/// </summary>
/// <remarks>
/// <see cref="SourceEntityId"/> is the list's own id for the entry: the METI No. of that edition,
/// the CSL <c>_id</c>, the OFAC entity number, the UN reference number, or the id each parser documents.
/// </remarks>
public sealed record ListedParty
{
    /// <summary>List source id, for example <c>meti-eul</c> (see <see cref="ListSourceIds"/>).</summary>
    public required string Source { get; init; }

    public required string SourceEntityId { get; init; }

    public PartyKind Kind { get; init; } = PartyKind.Unknown;

    public required string PrimaryName { get; init; }

    public IReadOnlyList<PartyName> Aliases { get; init; } = [];

    public IReadOnlyList<PartyAddress> Addresses { get; init; } = [];

    /// <summary>Countries linked to the entry (nationality, seat, address), with ISO 3166-1 alpha-2 codes where known.</summary>
    public IReadOnlyList<PartyCountry> Countries { get; init; } = [];

    /// <summary>Sanctions programmes, sub-lists (Entity List, MEU …) or METI WMD categories (B, C, M, N).</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>METI End User List: the entry is flagged for conventional weapons (通常兵器).</summary>
    public bool ConventionalWeapons { get; init; }

    public IReadOnlyList<PartyIdentifier> Identifiers { get; init; } = [];

    public IReadOnlyList<PartyDate> Dates { get; init; } = [];

    public string? Remarks { get; init; }

    /// <summary>Official page of the entry, when the list publishes one.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Every name of the entry: the primary name first, then the aliases.</summary>
    public IEnumerable<PartyName> AllNames()
    {
        yield return new PartyName(PrimaryName, NameType.Primary);
        foreach (var alias in Aliases)
        {
            yield return alias;
        }
    }
}

public enum PartyKind
{
    Unknown,
    Organization,
    Person,
    Vessel,
    Aircraft,
}

public enum NameType
{
    Primary,
    Alias,
    /// <summary>The name in its original script, as METI prints it in parentheses.</summary>
    OriginalScript,
    FormerName,
    WeakAlias,
}

/// <summary>A name of a listed party with the script (ISO 15924, e.g. <c>Hani</c>, <c>Kana</c>, <c>Cyrl</c>) or language where known.</summary>
public sealed record PartyName(string Value, NameType Type = NameType.Alias, string? Script = null, string? Language = null);

public sealed record PartyAddress(string Text, string? CountryCode = null, string? City = null);

/// <summary>A country with its ISO code and the names the list gives it (English and Japanese where present).</summary>
public sealed record PartyCountry(string? Code, string? NameEn = null, string? NameJa = null);

/// <summary>An identifier such as a passport, registration or IMO number.</summary>
public sealed record PartyIdentifier(string Type, string Value, string? CountryCode = null);

/// <summary>A dated fact: <c>Type</c> is for example <c>listed</c>, <c>birth</c> or <c>amended</c>; <c>Value</c> is ISO 8601 or the text as listed.</summary>
public sealed record PartyDate(string Type, string Value);
