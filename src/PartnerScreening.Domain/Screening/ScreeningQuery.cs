using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Domain.Screening;

/// <summary>A name to screen, with the optional facts that move the score.</summary>
public sealed record ScreeningQuery
{
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code; a match in another country scores lower but is never hidden.</summary>
    public string? Country { get; init; }

    public PartyKind? Kind { get; init; }

    /// <summary>List source ids to search; empty means every list in force.</summary>
    public IReadOnlyList<string> Lists { get; init; } = [];

    /// <summary>Maximum number of hit groups returned.</summary>
    public int Top { get; init; } = 10;

    /// <summary>Minimum score (0–100) of a returned hit; null means the configured <c>review</c> threshold.</summary>
    public double? MinScore { get; init; }
}
