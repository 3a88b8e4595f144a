using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Scoring;

/// <summary>
/// Compares the Han and kana characters of two names in order: the longest common subsequence weighted by
/// each character's rarity (generic characters of 大学 or 研究所 weigh less), scored as the geometric mean of
/// the share of the query and the share of the listed name it covers. A query that takes a leading part of every word
/// of the listed name, in order, is a Chinese short form (西工大 → 西北|工业|大学) and scores at least
/// <see cref="ScoreWeights.ChineseShortForm"/>.
/// </summary>
internal static class CjkScorer
{
    /// <param name="query">The normalised query.</param>
    /// <param name="listed">The normalised listed name.</param>
    /// <param name="frequencies">Character rarity in the index, for the weights.</param>
    /// <param name="personNames">
    /// True for people's names, in which a character each name has and the other lacks makes another name (高石早苗,
    /// 高市早苗), as a substituted word does. Organisation names tolerate it as a typo.
    /// </param>
    public static NameMatch Score(NormalizedName query, NormalizedName listed, DocumentFrequencies frequencies, bool personNames = false)
    {
        if (!query.HasCjk || !listed.HasCjk)
        {
            return NameMatch.None;
        }

        var queryWeights = Weights(query, frequencies);
        if (!query.CjkGeneric.Contains(false))
        {
            // A query made only of generic words (工业大学) identifies nothing.
            return NameMatch.None;
        }

        var listedWeights = Weights(listed, frequencies);
        var (queryMatched, listedMatched) = WeightedCommonSubsequence(query.Cjk, listed.Cjk, queryWeights, listedWeights);
        RestoreUnmatchedGeneric(queryWeights, query.CjkGeneric, queryMatched);
        RestoreUnmatchedGeneric(listedWeights, listed.CjkGeneric, listedMatched);

        var queryShare = Share(queryWeights, queryMatched);
        var listedShare = Share(listedWeights, listedMatched);
        var score = 100 * Math.Sqrt(queryShare * listedShare);
        var rules = new List<string> { "cjk-ordered-characters" };

        if (score < ScoreWeights.ChineseShortForm && IsShortForm(query.Cjk, listed))
        {
            score = ScoreWeights.ChineseShortForm;
            rules.Add("chinese-short-form");
        }
        else if (personNames && HasUnmatchedDistinctive(query, queryMatched) && HasUnmatchedDistinctive(listed, listedMatched))
        {
            score *= ScoreWeights.WordsDiffer;
            rules.Add("words-differ");
        }

        if (TokenAlignmentScorer.NumbersConflict(query, listed))
        {
            score *= ScoreWeights.NumberConflict;
            rules.Add("numbers-differ");
        }

        var alignment = new TokenAlignment(
            query.Cjk,
            listed.Cjk,
            Math.Round(queryMatched.Count(matched => matched) / (double)query.Cjk.Length, 3),
            Math.Round(queryWeights.Sum(), 3),
            "cjk-characters");
        return new NameMatch(score, "cjk", [alignment], rules);
    }

    /// <summary>True when a character that is not part of a generic word is left out of the common subsequence.</summary>
    private static bool HasUnmatchedDistinctive(NormalizedName name, bool[] matched)
    {
        for (var i = 0; i < matched.Length; i++)
        {
            if (!matched[i] && !name.CjkGeneric[i])
            {
                return true;
            }
        }

        return false;
    }

    private static double[] Weights(NormalizedName name, DocumentFrequencies frequencies)
    {
        var weights = new double[name.Cjk.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var idf = frequencies.Idf(IndexFields.Cjk, name.Cjk[i].ToString());
            weights[i] = name.CjkGeneric[i] ? idf * ScoreWeights.GenericCjkCharacter : idf;
        }

        return weights;
    }

    /// <summary>
    /// Gives a generic character that only one name has its full weight, as the word alignment does for generic
    /// words: 東京大学 and 東京工業大学, or 工业 and 工程, differ in exactly such characters.
    /// </summary>
    private static void RestoreUnmatchedGeneric(double[] weights, bool[] generic, bool[] matched)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            if (generic[i] && !matched[i])
            {
                weights[i] /= ScoreWeights.GenericCjkCharacter;
            }
        }
    }

    private static double Share(double[] weights, bool[] matched)
    {
        double total = 0, covered = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            total += weights[i];
            covered += matched[i] ? weights[i] : 0;
        }

        return total > 0 ? covered / total : 0;
    }

    /// <summary>Finds the common subsequence with the largest combined weight and marks its characters on both sides.</summary>
    private static (bool[] Query, bool[] Listed) WeightedCommonSubsequence(string a, string b, double[] wa, double[] wb)
    {
        var table = new double[a.Length + 1, b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var best = Math.Max(table[i - 1, j], table[i, j - 1]);
                if (a[i - 1] == b[j - 1])
                {
                    best = Math.Max(best, table[i - 1, j - 1] + wa[i - 1] + wb[j - 1]);
                }

                table[i, j] = best;
            }
        }

        var matchedA = new bool[a.Length];
        var matchedB = new bool[b.Length];
        for (int i = a.Length, j = b.Length; i > 0 && j > 0;)
        {
            if (a[i - 1] == b[j - 1] && Math.Abs(table[i, j] - (table[i - 1, j - 1] + wa[i - 1] + wb[j - 1])) < 1e-9)
            {
                matchedA[i - 1] = true;
                matchedB[j - 1] = true;
                i--;
                j--;
            }
            else if (table[i - 1, j] >= table[i, j - 1])
            {
                i--;
            }
            else
            {
                j--;
            }
        }

        return (matchedA, matchedB);
    }

    /// <summary>
    /// Returns true when the query is made of a non-empty leading part of each word of the listed name, in order,
    /// where only generic words at the end may be left out (哈工大 → 哈尔滨|工业|大学, 国防科技大学 → 国防|科学|技术|大学).
    /// </summary>
    private static bool IsShortForm(string query, NormalizedName listed)
    {
        if (query.Length < 2 || query.Length >= listed.Cjk.Length)
        {
            return false;
        }

        var words = SplitWords(listed);
        if (words.Count < 2)
        {
            return false;
        }

        return Covers(query, 0, words, 0);
    }

    private static bool Covers(string query, int position, List<(string Text, bool Generic)> words, int word)
    {
        if (word == words.Count)
        {
            return position == query.Length;
        }

        if (position == query.Length)
        {
            // The rest of the listed name may be left out only if it is generic words (大学, 研究所).
            return words.Skip(word).All(rest => rest.Generic);
        }

        var text = words[word].Text;
        for (var length = Math.Min(text.Length, query.Length - position); length >= 1; length--)
        {
            if (string.CompareOrdinal(query, position, text, 0, length) == 0 && Covers(query, position + length, words, word + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static List<(string Text, bool Generic)> SplitWords(NormalizedName name)
    {
        var words = new List<(string, bool)>();
        var start = 0;
        for (var i = 1; i <= name.Cjk.Length; i++)
        {
            if (i == name.Cjk.Length || name.CjkWordStarts[i])
            {
                words.Add((name.Cjk[start..i], name.CjkGeneric[start]));
                start = i;
            }
        }

        return words;
    }
}
