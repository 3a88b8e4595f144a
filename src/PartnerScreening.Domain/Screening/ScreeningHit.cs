namespace PartnerScreening.Domain.Screening;

/// <summary>One listed entry that matched a query, with the score and the reason.</summary>
public sealed record ScreeningHit
{
    public required string Source { get; init; }

    public required string SourceEntityId { get; init; }

    public required string SnapshotId { get; init; }

    /// <summary>The entry's primary name as listed.</summary>
    public required string Name { get; init; }

    /// <summary>The listed name or alias that matched best.</summary>
    public required string MatchedName { get; init; }

    /// <summary>Score from 0 to 100.</summary>
    public required double Score { get; init; }

    /// <summary>Group key shared by hits that are the same real-world entity on several lists.</summary>
    public required string Group { get; init; }

    public required MatchExplanation Explanation { get; init; }
}

/// <summary>Hits that are the same real-world entity on several lists, best first.</summary>
public sealed record HitGroup(string Group, double Score, IReadOnlyList<ScreeningHit> Hits);

/// <summary>
/// Why a listed name matched: the aligned tokens, the normalisation rules that applied and the weights,
/// worded for the officer in Japanese and English.
/// </summary>
public sealed record MatchExplanation
{
    public IReadOnlyList<TokenAlignment> Tokens { get; init; } = [];

    /// <summary>Rule ids that applied, e.g. <c>traditional-to-simplified</c>, <c>legal-form-ignored</c>, <c>acronym</c>.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    public string SummaryJa { get; init; } = "";

    public string SummaryEn { get; init; } = "";
}

/// <summary>A query token aligned with a listed token; <c>Similarity</c> is 0–1 and <c>Weight</c> the token's share of the score.</summary>
public sealed record TokenAlignment(string QueryToken, string? ListedToken, double Similarity, double Weight, string Method);
