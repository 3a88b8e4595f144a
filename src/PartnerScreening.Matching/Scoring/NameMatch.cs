using PartnerScreening.Domain.Screening;

namespace PartnerScreening.Matching.Scoring;

/// <summary>The score of one listed name against a query, with the aligned tokens and the rules that applied.</summary>
internal sealed record NameMatch(double Score, string Method, IReadOnlyList<TokenAlignment> Alignments, IReadOnlyList<string> Rules)
{
    public static NameMatch None { get; } = new(0, "none", [], []);
}
