using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Scoring;

/// <summary>How two name tokens were found to agree.</summary>
internal enum TokenMatchMethod
{
    Exact,
    SameConcept,
    Fuzzy,
    Prefix,
}

/// <summary>
/// Similarity of two folded tokens from 0 to 1. Equal tokens and generic words of one concept score 1;
/// numbers must be equal; tokens of 4 characters or fewer must be equal; longer ones may differ by one edit
/// (two from 9 characters), counting a swap of neighbours as one edit, and score the squared share of
/// unchanged characters; a query token of 4 or more characters
/// that starts a longer listed token (an abbreviation the table does not know) scores 0.8.
/// </summary>
internal static class TokenSimilarity
{
    public const double PrefixSimilarity = 0.8;

    public static double Compare(NameToken query, NameToken listed, out TokenMatchMethod method)
    {
        method = TokenMatchMethod.Exact;
        if (string.Equals(query.Text, listed.Text, StringComparison.Ordinal))
        {
            return 1;
        }

        if (query.Concept is not null && string.Equals(query.Concept, listed.Concept, StringComparison.Ordinal))
        {
            method = TokenMatchMethod.SameConcept;
            return 1;
        }

        if (query.Role == TokenRole.Number || listed.Role == TokenRole.Number)
        {
            return 0;
        }

        var shorter = Math.Min(query.Text.Length, listed.Text.Length);
        var longer = Math.Max(query.Text.Length, listed.Text.Length);
        if (shorter <= 3)
        {
            return 0;
        }

        var allowed = AllowedEdits(shorter);
        if (allowed > 0 && longer - shorter <= allowed)
        {
            var distance = EditDistance.Osa(query.Text, listed.Text, allowed);
            if (distance <= allowed)
            {
                // Squared, so that one edit in a short word (Shiga, Shiba) counts far less than one in a long word.
                method = TokenMatchMethod.Fuzzy;
                var share = 1 - ((double)distance / longer);
                return share * share;
            }
        }

        if (query.Text.Length >= 4 && listed.Text.Length > query.Text.Length + 1
            && listed.Text.StartsWith(query.Text, StringComparison.Ordinal))
        {
            method = TokenMatchMethod.Prefix;
            return PrefixSimilarity;
        }

        return 0;
    }

    /// <summary>Edits allowed for a token of the given length: none up to 4 characters, one up to 8, then two.</summary>
    public static int AllowedEdits(int length) => length switch
    {
        <= 4 => 0,
        <= 8 => 1,
        _ => 2,
    };
}
