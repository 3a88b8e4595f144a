using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Scoring;

/// <summary>
/// The alignment of the words of a query with the words of a listed name: which listed word (or words) each
/// query word agrees with, how closely, and how. One word may stand for a run of words on the other side: initials
/// (JC and Jean Claude, US and United States) or a word written together (Siemensag and Siemens AG).
/// </summary>
internal sealed class WordAlignment
{
    public WordAlignment(int queryCount, int listedCount)
    {
        QueryListed = new int[queryCount];
        Array.Fill(QueryListed, -1);
        QuerySimilarity = new double[queryCount];
        QueryMethod = new TokenMatchMethod[queryCount];
        ListedQuery = new int[listedCount];
        Array.Fill(ListedQuery, -1);
        ListedSimilarity = new double[listedCount];
    }

    /// <summary>The first listed word each query word is aligned with, or -1.</summary>
    public int[] QueryListed { get; }

    public double[] QuerySimilarity { get; }

    public TokenMatchMethod[] QueryMethod { get; }

    /// <summary>The query word each listed word is aligned with, or -1.</summary>
    public int[] ListedQuery { get; }

    public double[] ListedSimilarity { get; }

    public bool QueryMatched(int q) => QueryListed[q] >= 0;

    public bool ListedMatched(int l) => ListedQuery[l] >= 0;

    public void Pair(int q, int l, double similarity, TokenMatchMethod method)
    {
        QueryListed[q] = l;
        QuerySimilarity[q] = similarity;
        QueryMethod[q] = method;
        ListedQuery[l] = q;
        ListedSimilarity[l] = similarity;
    }
}

/// <summary>Aligns words left over by the word-to-word alignment with runs of words on the other side.</summary>
internal static class TokenRuns
{
    /// <summary>Similarity of a word made of the initials of a run of words on the other side.</summary>
    public const double InitialsOfWordsSimilarity = 0.9;

    /// <summary>
    /// Aligns words not yet aligned with runs of words on the other side. With <paramref name="exactOnly"/>, only
    /// runs that join to exactly the word (Siemens AG, SiemensAG) are taken; this runs before the word-to-word
    /// alignment so that a close single word (Siemens) does not take the place of the whole run. In people's names
    /// a word stands for initials only when it was written as initials (J.-C.) or has no vowel (JC): Li and Xi
    /// are names, not the initials of Ling Information.
    /// </summary>
    public static void AlignRuns(IReadOnlyList<NameToken> query, IReadOnlyList<NameToken> listed, WordAlignment alignment, bool exactOnly, bool personNames = false)
    {
        for (var q = 0; q < query.Count; q++)
        {
            if (!alignment.QueryMatched(q))
            {
                TryRun(query[q], listed, l => alignment.ListedMatched(l), exactOnly, personNames, (start, length, similarity, method) =>
                {
                    for (var k = 0; k < length; k++)
                    {
                        alignment.ListedQuery[start + k] = q;
                        alignment.ListedSimilarity[start + k] = similarity;
                    }

                    alignment.QueryListed[q] = start;
                    alignment.QuerySimilarity[q] = similarity;
                    alignment.QueryMethod[q] = method;
                });
            }
        }

        for (var l = 0; l < listed.Count; l++)
        {
            if (!alignment.ListedMatched(l))
            {
                TryRun(listed[l], query, q => alignment.QueryMatched(q), exactOnly, personNames, (start, length, similarity, method) =>
                {
                    for (var k = 0; k < length; k++)
                    {
                        alignment.QueryListed[start + k] = l;
                        alignment.QuerySimilarity[start + k] = similarity;
                        alignment.QueryMethod[start + k] = method;
                    }

                    alignment.ListedQuery[l] = start;
                    alignment.ListedSimilarity[l] = similarity;
                });
            }
        }
    }

    private static void TryRun(NameToken word, IReadOnlyList<NameToken> other, Func<int, bool> isAligned, bool exactOnly, bool personNames, Action<int, int, double, TokenMatchMethod> accept)
    {
        if (word.Role is not (TokenRole.Word or TokenRole.Generic))
        {
            return;
        }

        for (var length = 2; length <= 4; length++)
        {
            for (var start = 0; start + length <= other.Count; start++)
            {
                if (!IsFreeRun(other, start, length, isAligned, out var joinedLength))
                {
                    continue;
                }

                if (!exactOnly && word.Text.Length == length && StartsSpell(word.Text, other, start)
                    && (!personNames || word.WrittenAsInitials || !word.Text.Any(EditDistance.IsVowel)))
                {
                    accept(start, length, InitialsOfWordsSimilarity, TokenMatchMethod.InitialsOfWords);
                    return;
                }

                // A joined run far longer or shorter than the word cannot agree with it; skip building the string.
                if (Math.Abs(joinedLength - word.Text.Length) > (exactOnly ? 0 : word.Text.Length / 3))
                {
                    continue;
                }

                var joined = new NameToken(string.Concat(other.Skip(start).Take(length).Select(token => token.Text)), TokenRole.Word);
                var similarity = TokenSimilarity.Compare(word with { Role = TokenRole.Word, Concept = null }, joined, out var method);
                if (similarity > 0 && (method == TokenMatchMethod.Exact || (!exactOnly && method == TokenMatchMethod.Fuzzy)))
                {
                    accept(start, length, similarity, TokenMatchMethod.Joined);
                    return;
                }
            }
        }
    }

    private static bool IsFreeRun(IReadOnlyList<NameToken> tokens, int start, int length, Func<int, bool> isAligned, out int joinedLength)
    {
        joinedLength = 0;
        for (var index = start; index < start + length; index++)
        {
            if (isAligned(index) || tokens[index].Role == TokenRole.Number)
            {
                return false;
            }

            joinedLength += tokens[index].Text.Length;
        }

        return true;
    }

    private static bool StartsSpell(string initials, IReadOnlyList<NameToken> tokens, int start)
    {
        for (var k = 0; k < initials.Length; k++)
        {
            if (tokens[start + k].Text[0] != initials[k])
            {
                return false;
            }
        }

        return true;
    }
}
