using F23.StringSimilarity;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Scoring;

/// <summary>
/// Scores a listed name against a query from 0 to 100: the best of the word alignment, the ordered comparison
/// of Han and kana characters, the comparison of romanised keys across scripts, and an acronym match.
/// </summary>
internal static class NameScorer
{
    private static readonly JaroWinkler JaroWinkler = new();

    /// <param name="query">The normalised query.</param>
    /// <param name="listed">The normalised listed name.</param>
    /// <param name="frequencies">Word rarity in the index, for the weights.</param>
    /// <param name="personNames">True when either name is a person's, so that the order of name parts is checked.</param>
    public static NameMatch Score(NormalizedName query, NormalizedName listed, DocumentFrequencies frequencies, bool personNames = false)
    {
        if (query.IsOnlyLegalForm)
        {
            return NameMatch.None;
        }

        if (personNames && HangulSyllables(query.Original) is { } querySyllables && HangulSyllables(listed.Original) is { } listedSyllables)
        {
            return HangulScore(querySyllables, listedSyllables);
        }

        var best = TokenAlignmentScorer.Score(query, listed, frequencies, personNames);
        best = Better(best, CjkScorer.Score(query, listed, frequencies, personNames));
        best = Better(best, CompactScore(query, listed));
        best = Better(best, RomanisedWordsScore(query, listed, frequencies, personNames));
        if (!personNames)
        {
            // People are not known by the initials of their names (N.N. is not Nursultan Nazarbayev).
            best = Better(best, AcronymScore(query, listed));
        }

        return best;
    }

    /// <summary>
    /// Compares two people's names written in Hangul syllable by syllable, in order. Each syllable of a Korean name
    /// is chosen on its own, as a Han character is, so 김정은 and 김종은 are two names although their romanised
    /// spellings differ by one letter. A syllable that each name lacks is a substitution.
    /// </summary>
    private static NameMatch HangulScore(string query, string listed)
    {
        var common = CommonSubsequenceLength(query, listed);
        var score = 100 * Math.Sqrt(common / (double)query.Length * (common / (double)listed.Length));
        List<string> rules = ["hangul-syllables"];
        if (common < query.Length && common < listed.Length)
        {
            score *= ScoreWeights.WordsDiffer;
            rules.Add("words-differ");
        }

        var alignment = new TokenAlignment(query, listed, Math.Round(common / (double)Math.Max(query.Length, listed.Length), 3), 1, "hangul-syllables");
        return new NameMatch(score, "hangul", [alignment], rules);
    }

    /// <summary>The Hangul syllables of a name written only in Hangul (spaces and punctuation aside), or null.</summary>
    private static string? HangulSyllables(string name)
    {
        var syllables = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.Normalize(System.Text.NormalizationForm.FormC))
        {
            if (c is >= '\uAC00' and <= '\uD7A3')
            {
                syllables.Append(c);
            }
            else if (char.IsLetterOrDigit(c))
            {
                return null;
            }
        }

        return syllables.Length >= 2 ? syllables.ToString() : null;
    }

    private static int CommonSubsequenceLength(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static NameMatch Better(NameMatch current, NameMatch candidate) => candidate.Score > current.Score ? candidate : current;

    /// <summary>
    /// Aligns the romanised Han and kana words of a name written only in those scripts with the words of a name
    /// written only in Latin letters (华为技术有限公司 → huawei, technology against Huawei Technologies Co., Ltd.).
    /// </summary>
    private static NameMatch RomanisedWordsScore(NormalizedName query, NormalizedName listed, DocumentFrequencies frequencies, bool personNames)
    {
        NameMatch match;
        if (IsOnlyCjk(query) && IsOnlyLatin(listed))
        {
            match = TokenAlignmentScorer.Score(WithRomanisedWords(query), listed, frequencies, personNames);
        }
        else if (IsOnlyLatin(query) && IsOnlyCjk(listed))
        {
            match = TokenAlignmentScorer.Score(query, WithRomanisedWords(listed), frequencies, personNames);
        }
        else
        {
            return NameMatch.None;
        }

        return match.Score > 0 ? match with { Method = "romanised", Rules = [.. match.Rules, "romanised"] } : match;

        // One Han character (華, hua) is a syllable, not a name: it would equal every listed alias spelt like it.
        static bool IsOnlyCjk(NormalizedName name) => name.Cjk.Length >= 2 && !name.HasTokens && name.RomanisedTokens.Count > 0;

        static bool IsOnlyLatin(NormalizedName name) => !name.HasCjk && name.HasTokens;
    }

    private static NormalizedName WithRomanisedWords(NormalizedName name) => new()
    {
        Original = name.Original,
        Tokens = name.RomanisedTokens,
        Cjk = "",
        CjkGeneric = [],
        CjkWordStarts = [],
        Syllables = [],
        Acronyms = name.Acronyms,
        Numbers = name.Numbers,
        Rules = name.Rules,
        CompactKey = name.CompactKey,
        LegalFormKinds = name.LegalFormKinds,
    };

    /// <summary>
    /// Compares the joined keys of the two names: a Latin name against the romanisation of a Han or kana name
    /// (Qinghua Daxue → 清华大学), or two Latin names that differ only in spacing (JSCARGUMENT → JSC Argument;
    /// vanderbilt → van der Bilt).
    /// </summary>
    private static NameMatch CompactScore(NormalizedName query, NormalizedName listed)
    {
        if (query.CompactKey.Length < 6 || listed.CompactKey.Length < 6 || !query.HasDistinctiveTokens && !query.HasCjk)
        {
            return NameMatch.None;
        }

        var crossScript = query.HasCjk != listed.HasCjk && (query.HasCjk ? !query.HasTokens : !listed.HasTokens)
            || KanaAgainstHan(query, listed);
        if (crossScript)
        {
            return CrossScriptKeyScore(query, listed);
        }

        // Spacing moves no number and adds no syllable: Bowne Global Solutions II is not Bowne Global Solutions,
        // and Chen Dong Hua is not Chen Dong, written otherwise. The keys may differ by one typo at most.
        if (query.HasCjk || listed.HasCjk || CountWords(query) == CountWords(listed)
            || !query.Numbers.ToHashSet(StringComparer.Ordinal).SetEquals(listed.Numbers))
        {
            return NameMatch.None;
        }

        var queryKey = JoinedKey(query);
        var listedKey = JoinedKey(listed);
        var cost = EditDistance.Folded(queryKey, listedKey, ScoreWeights.SpacingMaximumEdit);
        if (cost > ScoreWeights.SpacingMaximumEdit)
        {
            return NameMatch.None;
        }

        var similarity = (1 - (cost / queryKey.Length)) * (1 - (cost / listedKey.Length));
        var alignment = new TokenAlignment(queryKey, listedKey, Math.Round(similarity, 3), 1, "joined");
        return new NameMatch(100 * similarity, "joined", [alignment], ["spacing-ignored"]);
    }

    private static NameMatch CrossScriptKeyScore(NormalizedName query, NormalizedName listed)
    {
        var similarity = JaroWinkler.Similarity(query.CompactKey, listed.CompactKey);
        if (similarity < ScoreWeights.CrossScriptMinimum)
        {
            return NameMatch.None;
        }

        var score = 100 * Math.Pow(similarity, 4);
        if (TokenAlignmentScorer.NumbersConflict(query, listed))
        {
            score *= ScoreWeights.NumberConflict;
        }

        var alignment = new TokenAlignment(query.CompactKey, listed.CompactKey, Math.Round(similarity, 3), 1, "romanised");
        return new NameMatch(score, "romanised", [alignment], ["romanised"]);
    }

    /// <summary>
    /// The name's words joined without spaces, with the stop words that stand between two of them: a particle
    /// such as der in van der Bilt belongs to the name when it is written as one word.
    /// </summary>
    private static string JoinedKey(NormalizedName name)
    {
        var tokens = name.Tokens;
        var first = 0;
        while (first < tokens.Count && !IsKeyWord(tokens[first]))
        {
            first++;
        }

        var last = tokens.Count - 1;
        while (last >= 0 && !IsKeyWord(tokens[last]))
        {
            last--;
        }

        var builder = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (IsKeyWord(tokens[i]) || tokens[i].Role == TokenRole.Stop)
            {
                builder.Append(tokens[i].Text);
            }
        }

        return builder.ToString();

        static bool IsKeyWord(NameToken token) => token.Role is TokenRole.Word or TokenRole.Generic or TokenRole.Number;
    }

    /// <summary>
    /// True when one name writes a word in kana where the other writes it in Han characters, as a Japanese katakana
    /// rendering of a Chinese place name does (ハルビン for 哈爾浜): the characters cannot align, the romanised keys can.
    /// </summary>
    private static bool KanaAgainstHan(NormalizedName query, NormalizedName listed) =>
        query.HasCjk && listed.HasCjk && ContainsKana(query.Cjk) != ContainsKana(listed.Cjk);

    // The normaliser folds katakana to hiragana, so the hiragana block is the only kana left to look for.
    private static bool ContainsKana(string cjk) => cjk.Any(character => character is >= '\u3041' and <= '\u309F');

    private static int CountWords(NormalizedName name) => name.Tokens.Count(token => token.Role is TokenRole.Word or TokenRole.Generic or TokenRole.Number);

    /// <summary>Scores a one-word query that is an acronym of the listed name (HIT, KOMID).</summary>
    private static NameMatch AcronymScore(NormalizedName query, NormalizedName listed)
    {
        if (!query.HasTokens || query.HasCjk)
        {
            return NameMatch.None;
        }

        var candidate = query.JoinedWords;
        if (candidate.Length is < 2 or > 12 || !listed.Acronyms.Contains(candidate, StringComparer.Ordinal))
        {
            return NameMatch.None;
        }

        // An acronym the listed name states is the entity's own; one made of initials may stand for many names.
        var stated = listed.StatedAcronyms.Contains(candidate, StringComparer.Ordinal);
        var alignment = new TokenAlignment(candidate, candidate, 1, 1, "acronym");
        return stated
            ? new NameMatch(ScoreWeights.Acronym, "acronym", [alignment], ["acronym"])
            : new NameMatch(ScoreWeights.AcronymOfInitials, "acronym", [alignment], ["acronym-of-initials"]);
    }
}
