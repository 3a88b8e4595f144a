using PartnerScreening.Crawling.Lexicon;

namespace PartnerScreening.Crawling.Findings;

/// <summary>
/// One piece of website evidence: a lexicon term found in a sentence, quoted in its original language, with the page's
/// URL, fetch time and SHA-256 so the page can be shown exactly as fetched. Identical quotes on several pages (headers,
/// footers, repeated news) are merged into one finding listing every URL.
/// </summary>
public sealed record Finding
{
    public required string Url { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>SHA-256 of the raw page bytes, hex, lower case; the key of the stored page.</summary>
    public required string PageSha256 { get; init; }

    public required string TermId { get; init; }

    public required string Term { get; init; }

    /// <summary>The sentence around the match, in the page's own language and script.</summary>
    public required string Quote { get; init; }

    public required string Category { get; init; }

    public required RelationType RelationType { get; init; }

    public required EvidenceStrength Strength { get; init; }

    /// <summary>Whether a relation word (agreement, 合作, 共同研究 …) shares the sentence.</summary>
    public bool HasRelationWord { get; init; }

    /// <summary>The page language from its <c>lang</c> attribute, when declared.</summary>
    public string? PageLanguage { get; init; }

    /// <summary>Other pages with the same quote.</summary>
    public IReadOnlyList<string> AlsoOn { get; init; } = [];

    /// <summary>Stable key of a finding across reports: term and quote.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => $"{TermId}\u241F{Quote}";
}
