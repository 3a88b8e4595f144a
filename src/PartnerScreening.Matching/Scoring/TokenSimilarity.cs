using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Scoring;

/// <summary>How two name tokens were found to agree.</summary>
internal enum TokenMatchMethod
{
    Exact,
    SameConcept,
    Fuzzy,
    Prefix,
    Initial,
    InitialsOfWords,
    Joined,
    GivenNameForm,
}

/// <summary>
/// Similarity of two folded tokens from 0 to 1. Equal tokens and generic words of one concept score 1;
/// numbers must be equal; a single letter agrees with a word it starts (an initial); tokens of 3 characters or fewer must be equal.
/// Yon and Yoon, Han and Hans are other names. Longer tokens are compared by a folded
/// edit distance (<see cref="EditDistance.Folded"/>) within a budget that grows with the logarithm of the
/// shorter token's length, so a 4-letter word tolerates one edit (Mosk, Musk) and a 10-letter word about
/// three; inside the budget the similarity is the product of the shares of each token
/// left unchanged, so one edit in a short word (Shiga, Shiba) counts far more than one in a long word. A query token of 4 or more characters that starts a longer listed token (an abbreviation the
/// table does not know) scores 0.8, except in people's names.
/// </summary>
internal static class TokenSimilarity
{
    public const double PrefixSimilarity = 0.8;

    /// <summary>Similarity of a single letter and a word it may abbreviate (V. and Vladimir).</summary>
    public const double InitialSimilarity = 0.9;

    /// <summary>Similarity of two forms of one given name (Ted and Theodore, Sasha and Aleksandr).</summary>
    public const double GivenNameFormSimilarity = 0.9;

    // The budget is 1.3 × log(length - 2) in base 2.35: 1.05 at 4 characters, 1.68 at 5, 2.46 at 7, 3.16 at 10.
    // The factor was chosen on nomenklatura's name_bench pairs and the dev cases together (docs/matching.md).
    private const double Tolerance = 1.3;

    private static readonly double BudgetBase = Math.Log(2.35);

    /// <param name="query">The query's word.</param>
    /// <param name="listed">The listed name's word.</param>
    /// <param name="method">How the words were found to agree.</param>
    /// <param name="personNames">
    /// True for people's names, whose words are not abbreviated by cutting them short: Lind is another family name
    /// than Lindemann, while Inst is Institute.
    /// </param>
    public static double Compare(NameToken query, NameToken listed, out TokenMatchMethod method, bool personNames = false)
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

        if (query.GivenNames is not null && listed.GivenNames is not null && query.GivenNames.Intersect(listed.GivenNames, StringComparer.Ordinal).Any())
        {
            method = TokenMatchMethod.GivenNameForm;
            return GivenNameFormSimilarity;
        }

        if (IsInitialOf(query.Text, listed.Text) || IsInitialOf(listed.Text, query.Text))
        {
            method = TokenMatchMethod.Initial;
            return InitialSimilarity;
        }

        var shorter = Math.Min(query.Text.Length, listed.Text.Length);
        var longer = Math.Max(query.Text.Length, listed.Text.Length);
        if (shorter <= 3)
        {
            return 0;
        }

        var budget = EditBudget(shorter);
        var cost = EditDistance.Folded(query.Text, listed.Text, budget);
        if (cost <= budget)
        {
            method = TokenMatchMethod.Fuzzy;
            return (1 - (cost / query.Text.Length)) * (1 - (cost / listed.Text.Length));
        }

        // A patronymic starts with the father's given name (Oleksandrovych), which is not an abbreviation of it.
        if (!personNames && query.Text.Length >= 4 && listed.Text.Length > query.Text.Length + 1
            && listed.Text.StartsWith(query.Text, StringComparison.Ordinal) && !PersonNameParts.IsPatronymic(listed))
        {
            method = TokenMatchMethod.Prefix;
            return PrefixSimilarity;
        }

        return 0;
    }

    private static bool IsInitialOf(string initial, string word) =>
        initial.Length == 1 && word.Length > 1 && char.IsAsciiLetter(initial[0]) && word[0] == initial[0];

    /// <summary>The folded edit cost a token of the given length may differ by: none up to 3 characters.</summary>
    public static double EditBudget(int length) => length <= 3 ? 0 : Tolerance * Math.Log(length - 2) / BudgetBase;

    /// <summary>Whole edits the candidate search allows a word of the given length: the budget rounded down, at most 2.</summary>
    public static int AllowedEdits(int length) => Math.Min(2, (int)Math.Floor(EditBudget(length)));
}
