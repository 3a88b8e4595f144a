using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Scoring;

/// <summary>
/// Compares the words of two names in any order. Each query word is aligned with at most one listed word
/// (best pairs first); the score is the geometric mean of the weighted share of the query covered and the
/// weighted share of the listed name covered, with weights from each word's rarity in the index and its role.
/// A query made only of generic words and legal forms matches only a listed name made of the same words.
/// </summary>
internal static class TokenAlignmentScorer
{
    public static NameMatch Score(NormalizedName query, NormalizedName listed, DocumentFrequencies frequencies)
    {
        var queryTokens = query.Tokens.Where(token => token.IsMatchable).ToList();
        var listedTokens = listed.Tokens.Where(token => token.IsMatchable).ToList();
        if (queryTokens.Count == 0 || listedTokens.Count == 0)
        {
            return NameMatch.None;
        }

        var genericOnly = !query.HasDistinctiveTokens;
        if (genericOnly && listed.HasDistinctiveTokens)
        {
            return NameMatch.None;
        }

        var pairs = new List<(int Query, int Listed, double Similarity, TokenMatchMethod Method)>();
        for (var q = 0; q < queryTokens.Count; q++)
        {
            for (var l = 0; l < listedTokens.Count; l++)
            {
                var similarity = TokenSimilarity.Compare(queryTokens[q], listedTokens[l], out var method);
                if (similarity > 0)
                {
                    pairs.Add((q, l, similarity, method));
                }
            }
        }

        pairs.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
        var queryMatch = new (int Listed, double Similarity, TokenMatchMethod Method)[queryTokens.Count];
        Array.Fill(queryMatch, (-1, 0.0, TokenMatchMethod.Exact));
        var listedUsed = new bool[listedTokens.Count];
        foreach (var pair in pairs)
        {
            if (queryMatch[pair.Query].Listed >= 0 || listedUsed[pair.Listed])
            {
                continue;
            }

            queryMatch[pair.Query] = (pair.Listed, pair.Similarity, pair.Method);
            listedUsed[pair.Listed] = true;
        }

        if (genericOnly && (queryMatch.Any(match => match.Listed < 0) || listedUsed.Contains(false)))
        {
            return NameMatch.None;
        }

        var listedWeights = new double[listedTokens.Count];
        for (var l = 0; l < listedTokens.Count; l++)
        {
            listedWeights[l] = Weight(listedTokens[l], frequencies, matched: listedUsed[l]);
        }

        var listedSimilarity = new double[listedTokens.Count];
        double queryTotal = 0, queryCovered = 0;
        var alignments = new List<TokenAlignment>();
        var rules = new HashSet<string>(StringComparer.Ordinal);
        for (var q = 0; q < queryTokens.Count; q++)
        {
            var (l, similarity, method) = queryMatch[q];
            var weight = l >= 0 ? Math.Min(Weight(queryTokens[q], frequencies, matched: true), listedWeights[l]) : Weight(queryTokens[q], frequencies, matched: false);
            queryTotal += weight;
            queryCovered += weight * similarity;
            if (l >= 0)
            {
                listedSimilarity[l] = similarity;
            }

            var methodName = l < 0 ? "unmatched" : MethodName(method, queryTokens[q]);
            alignments.Add(new TokenAlignment(queryTokens[q].Text, l >= 0 ? listedTokens[l].Text : null, Math.Round(similarity, 3), Math.Round(weight, 3), methodName));
            AddRule(rules, queryTokens[q], l >= 0 ? method : null);
        }

        double listedTotal = 0, listedCovered = 0;
        for (var l = 0; l < listedTokens.Count; l++)
        {
            listedTotal += listedWeights[l];
            listedCovered += listedWeights[l] * listedSimilarity[l];
            if (!listedUsed[l])
            {
                alignments.Add(new TokenAlignment("", listedTokens[l].Text, 0, Math.Round(listedWeights[l], 3), "listed-only"));
                AddRule(rules, listedTokens[l], null);
            }
        }

        var queryShare = queryTotal > 0 ? queryCovered / queryTotal : 0;
        var listedShare = listedTotal > 0 ? listedCovered / listedTotal : 0;
        var score = 100 * Math.Sqrt(queryShare * listedShare);
        if (NumbersConflict(query, listed))
        {
            score *= ScoreWeights.NumberConflict;
            rules.Add("numbers-differ");
        }

        return new NameMatch(score, "tokens", alignments, [.. rules]);
    }

    /// <summary>Returns true when both names carry numbers and the sets differ.</summary>
    public static bool NumbersConflict(NormalizedName query, NormalizedName listed) =>
        query.Numbers.Count > 0 && listed.Numbers.Count > 0 && !query.Numbers.ToHashSet(StringComparer.Ordinal).SetEquals(listed.Numbers);

    public static double Weight(NameToken token, DocumentFrequencies frequencies, bool matched) => token.Role switch
    {
        TokenRole.Word => frequencies.Idf(IndexFields.Latin, token.Text),
        TokenRole.Number => Math.Max(ScoreWeights.MinimumNumber, frequencies.Idf(IndexFields.Latin, token.Text)),
        TokenRole.Generic => (matched ? ScoreWeights.GenericWord : ScoreWeights.UnmatchedGenericWord) * frequencies.Idf(IndexFields.Latin, token.Text),
        TokenRole.LegalForm => ScoreWeights.LegalForm,
        _ => 0,
    };

    private static string MethodName(TokenMatchMethod method, NameToken token) => method switch
    {
        TokenMatchMethod.Exact when token.Role == TokenRole.LegalForm => "legal-form",
        TokenMatchMethod.Exact => "exact",
        TokenMatchMethod.SameConcept => "same-concept",
        TokenMatchMethod.Fuzzy => "fuzzy",
        TokenMatchMethod.Prefix => "prefix",
        _ => "exact",
    };

    private static void AddRule(HashSet<string> rules, NameToken token, TokenMatchMethod? method)
    {
        if (token.Role == TokenRole.LegalForm)
        {
            rules.Add("legal-form-ignored");
        }
        else if (token.Role == TokenRole.Generic)
        {
            rules.Add("generic-word-low-weight");
        }

        if (method == TokenMatchMethod.Fuzzy)
        {
            rules.Add("fuzzy-token");
        }
        else if (method == TokenMatchMethod.SameConcept)
        {
            rules.Add("same-concept-across-languages");
        }
        else if (method == TokenMatchMethod.Prefix)
        {
            rules.Add("abbreviation-prefix");
        }
    }
}
