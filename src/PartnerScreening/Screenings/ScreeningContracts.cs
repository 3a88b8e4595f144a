namespace PartnerScreening.Screenings;

/// <summary>Body of <c>POST /api/v1/screenings</c>.</summary>
public sealed record ScreeningRequest
{
    public SubjectRequest? Subject { get; init; }

    public ScreeningRequestOptions? Options { get; init; }
}

/// <summary>The partner or person to screen.</summary>
public sealed record SubjectRequest
{
    /// <summary>Name as written on the intake form, in any script; 1 to 500 characters.</summary>
    public string? Name { get; init; }

    /// <summary>Other names of the subject (other scripts, former names, acronyms); at most 20.</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }

    /// <summary><c>organization</c>, <c>person</c>, <c>vessel</c> or <c>aircraft</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>Birth date of a person: <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>.</summary>
    public string? BirthDate { get; init; }
}

/// <summary>How to screen.</summary>
public sealed record ScreeningRequestOptions
{
    /// <summary>List source ids to search (e.g. <c>meti-eul</c>, <c>us-csl</c>); empty means every list in force.</summary>
    public IReadOnlyList<string>? Lists { get; init; }

    /// <summary>Minimum score (0–100) of a returned hit; default the configured review threshold.</summary>
    public double? Threshold { get; init; }
}

/// <summary>A stored screening, as returned by the API and shown in the officer UI.</summary>
public sealed record ScreeningResponse
{
    public required string Id { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who screened: the API key name or the officer.</summary>
    public required ScreeningActor Actor { get; init; }

    public required SubjectRequest Subject { get; init; }

    /// <summary><c>clear</c>, <c>review</c> or <c>alert</c>, from the best hit and the configured thresholds.</summary>
    public required string Decision { get; init; }

    public required double TopScore { get; init; }

    public required ThresholdsResponse Thresholds { get; init; }

    public required IReadOnlyList<HitGroupResponse> Groups { get; init; }

    public required string IndexVersion { get; init; }

    public required DateTimeOffset IndexBuiltAt { get; init; }

    public required IReadOnlyList<string> SnapshotIds { get; init; }

    public required IReadOnlyList<ScreeningWarning> Warnings { get; init; }
}

public sealed record ScreeningActor(string Kind, string Name);

public sealed record ThresholdsResponse(double Review, double Alert, double MinScore);

/// <summary>Hits that are the same real-world entity on several lists.</summary>
public sealed record HitGroupResponse(string Group, double Score, IReadOnlyList<HitResponse> Hits);

/// <summary>One listed entry that matched, with the name of the subject it matched and why.</summary>
public sealed record HitResponse
{
    public required string Source { get; init; }

    public required string SourceEntityId { get; init; }

    public required string SnapshotId { get; init; }

    public required string Name { get; init; }

    public required string MatchedName { get; init; }

    /// <summary>The subject's name or alias that produced the hit.</summary>
    public required string QueryName { get; init; }

    /// <summary>
    /// True when the hit comes from a reference-only list (参考情報: us-dod-1260h, aspi-unitracker), which is no legal
    /// list and so never makes the decision alert.
    /// </summary>
    public bool ReferenceOnly { get; init; }

    public required double Score { get; init; }

    public required ExplanationResponse Explanation { get; init; }
}

public sealed record ExplanationResponse(
    string SummaryJa,
    string SummaryEn,
    IReadOnlyList<string> Rules,
    IReadOnlyList<TokenResponse> Tokens);

public sealed record TokenResponse(string QueryToken, string? ListedToken, double Similarity, double Weight, string Method);

/// <summary>Something the caller must know about the result, such as sample data or an outdated list.</summary>
public sealed record ScreeningWarning(string Code, string Message, string MessageJa);
