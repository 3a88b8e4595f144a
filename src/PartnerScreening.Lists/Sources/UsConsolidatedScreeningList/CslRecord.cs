namespace PartnerScreening.Lists.Sources.UsConsolidatedScreeningList;

/// <summary>One CSL entry as both the CSV and the JSON download carry it, with multi-valued fields already split.</summary>
internal sealed record CslRecord
{
    public required string Id { get; init; }

    public required string SourceList { get; init; }

    public string? EntityNumber { get; init; }

    public string? Type { get; init; }

    public IReadOnlyList<string> Programs { get; init; } = [];

    public required string Name { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<CslAddress> Addresses { get; init; } = [];

    public string? FederalRegisterNotice { get; init; }

    public string? StartDate { get; init; }

    public string? EndDate { get; init; }

    public string? StandardOrder { get; init; }

    public string? LicenseRequirement { get; init; }

    public string? LicensePolicy { get; init; }

    public string? CallSign { get; init; }

    public string? VesselType { get; init; }

    public string? GrossTonnage { get; init; }

    public string? GrossRegisteredTonnage { get; init; }

    public string? VesselFlag { get; init; }

    public string? VesselOwner { get; init; }

    public string? Remarks { get; init; }

    public string? SourceListUrl { get; init; }

    public IReadOnlyList<string> AltNames { get; init; } = [];

    public IReadOnlyList<string> Citizenships { get; init; } = [];

    public IReadOnlyList<string> DatesOfBirth { get; init; } = [];

    public IReadOnlyList<string> Nationalities { get; init; } = [];

    public IReadOnlyList<string> PlacesOfBirth { get; init; } = [];

    public string? SourceInformationUrl { get; init; }

    public IReadOnlyList<CslId> Ids { get; init; } = [];
}

/// <summary>An address of a CSL entry: the whole text and the ISO alpha-2 country code when given.</summary>
internal sealed record CslAddress(string Text, string? CountryCode, string? City);

/// <summary>An item of the CSL <c>ids</c> field: an identifier, a dated fact or a sanctions note.</summary>
internal sealed record CslId(string Type, string Value, string? CountryCode);
