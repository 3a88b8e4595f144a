using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Explanation;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;
using PartnerScreening.Matching.Scoring;

namespace PartnerScreening.Matching.Screening;

/// <summary>The score of one name against another, with its explanation.</summary>
public sealed record NameComparison(double Score, MatchExplanation Explanation);

/// <summary>
/// Compares two names directly, as the screener compares a query with a listed name. Word weights come from
/// the current index when one is open, and are uniform otherwise.
/// </summary>
public sealed class NameComparer(NameNormalizer normalizer, NameIndexHolder holder)
{
    /// <param name="queryName">The name as the officer typed it.</param>
    /// <param name="listedName">The name as a list writes it.</param>
    /// <param name="kind">The kind of party the names belong to, when known; a person's name parts are checked for order.</param>
    public NameComparison Compare(string queryName, string listedName, PartyKind? kind = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queryName);
        ArgumentException.ThrowIfNullOrWhiteSpace(listedName);

        var frequencies = holder.Current?.Frequencies ?? DocumentFrequencies.Uniform;
        var query = normalizer.Normalize(queryName);
        var listed = normalizer.Normalize(listedName);
        var match = NameScorer.Score(query, listed, frequencies, kind == PartyKind.Person);
        // NOTE: only the slash alternatives are tried here, while the index also stores a listed name without its
        // parenthesised text. On name_bench that text is mostly a place ((France), (Sweden), (London)), and dropping it
        // would add 5 false matches, so screening may show pairs that compare scores lower.
        foreach (var variant in NameVariants.SlashAlternatives(listedName))
        {
            var normalizedVariant = normalizer.Normalize(variant);
            var variantMatch = NameScorer.Score(query, normalizedVariant, frequencies, kind == PartyKind.Person);
            if (variantMatch.Score > match.Score)
            {
                (listed, listedName, match) = (normalizedVariant, variant, variantMatch);
            }
        }

        var score = Math.Round(match.Score, 1);
        return new NameComparison(score, ExplanationWriter.Write(query, listed, listedName, match, score, countryRule: null));
    }
}
