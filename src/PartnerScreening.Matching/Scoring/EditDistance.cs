namespace PartnerScreening.Matching.Scoring;

/// <summary>
/// Optimal string alignment distance (Levenshtein with swaps of neighbouring characters) with folded costs:
/// characters that are often confused in transliteration or by eye cost less than other substitutions, as
/// do a doubled letter, a final e or s, an <c>h</c> that one romanisation writes and another leaves out, and the
/// c of sch.
/// </summary>
internal static class EditDistance
{
    /// <summary>Cost of substituting one character of a confusable pair (o/u, c/k, 0/o, 1/l …).</summary>
    public const double ConfusableCost = 0.7;

    /// <summary>
    /// Cost of inserting or deleting the c of sch, which German and Dutch spellings write where English writes sh
    /// (Schtschukin, Shchukin; Schell, Shell).
    /// </summary>
    public const double SchCost = 0.7;

    /// <summary>Cost of swapping two neighbouring letters, the commonest slip in typing (Appel, Apple).</summary>
    public const double TranspositionCost = 0.7;

    /// <summary>Cost of inserting or deleting a letter that doubles its neighbour (Hassan, Hasan).</summary>
    public const double DoubledLetterCost = 0.5;

    /// <summary>
    /// Cost of inserting or deleting a final e or s after three or more letters: a silent e (Stripe, Strip; Browne,
    /// Brown), a plural or possessive s, or the s that Latvian and Lithuanian add to names (Sergejs, Lavrovs).
    /// </summary>
    public const double EndingCost = 0.5;

    /// <summary>Cost of inserting or deleting an <c>h</c> after a consonant (Khan, Kan; Mohammed, Moammed).</summary>
    public const double SilentHCost = 0.7;

    // The pairs come from how names vary between romanisation systems and from characters that OCR and typing
    // confuse. Each pair is written once.
    private static readonly bool[] Confusables = BuildConfusables(
        "ae", "ei", "iy", "ou", "ao", "uw", "vw", "ck", "kq", "cs", "sz", "jy", "bp", "dt", "fv", "gj", "dj",
        "0o", "1l", "1i", "3e", "4a", "5s", "7t", "8b", "9g");

    /// <summary>Returns the folded distance, or a value above <paramref name="max"/> as soon as it must exceed it.</summary>
    public static double Folded(string a, string b, double max)
    {
        if (Math.Abs(a.Length - b.Length) * DoubledLetterCost > max || LetterCountBound(a, b) > max)
        {
            return max + 1;
        }

        // Three rows on the stack: this runs for every word pair of every candidate name.
        var width = b.Length + 1;
        var rows = width <= 128 ? stackalloc double[3 * width] : new double[3 * width];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        previous[0] = 0;
        for (var j = 1; j <= b.Length; j++)
        {
            previous[j] = previous[j - 1] + IndelCost(b, j - 1);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = previous[0] + IndelCost(a, i - 1);
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + SubstitutionCost(a[i - 1], b[j - 1]);
                var deletion = previous[j] + IndelCost(a, i - 1);
                var insertion = current[j - 1] + IndelCost(b, j - 1);
                var value = Math.Min(substitution, Math.Min(deletion, insertion));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && a[i - 1] != a[i - 2])
                {
                    value = Math.Min(value, previous2[j - 2] + TranspositionCost);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>
    /// Returns a lower bound of the folded distance from the letters alone. A substitution (0.7 at least) changes
    /// the difference of the two words' letter counts by at most 2, and an insertion or deletion (0.5 at least)
    /// by 1, so each unit of difference costs at least 0.35. Most pairs of unrelated words stop here.
    /// </summary>
    private static double LetterCountBound(string a, string b)
    {
        // Folded words hold a-z and 0-9; anything else shares the last slot.
        Span<int> counts = stackalloc int[37];
        counts.Clear();
        foreach (var c in a)
        {
            counts[Slot(c)]++;
        }

        foreach (var c in b)
        {
            counts[Slot(c)]--;
        }

        var difference = 0;
        foreach (var count in counts)
        {
            difference += Math.Abs(count);
        }

        return difference * (ConfusableCost / 2);
    }

    private static int Slot(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + (c - '0'),
        _ => 36,
    };

    private static double SubstitutionCost(char a, char b)
    {
        if (a == b)
        {
            return 0;
        }

        return a < 128 && b < 128 && Confusables[(a * 128) + b] ? ConfusableCost : 1;
    }

    private static double IndelCost(string word, int index)
    {
        var c = word[index];
        if ((index > 0 && word[index - 1] == c) || (index + 1 < word.Length && word[index + 1] == c))
        {
            return DoubledLetterCost;
        }

        if (index == word.Length - 1 && index >= 3 && c is 'e' or 's')
        {
            return EndingCost;
        }

        if (c == 'h' && index > 0 && !IsVowel(word[index - 1]))
        {
            return SilentHCost;
        }

        if (c == 'c' && index > 0 && word[index - 1] == 's' && index + 1 < word.Length && word[index + 1] == 'h')
        {
            return SchCost;
        }

        return 1;
    }

    /// <summary>Returns true for a, e, i, o, u and y.</summary>
    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // A flat 128 × 128 table: the lookup runs for every unequal pair of letters in the distance's inner loop.
    private static bool[] BuildConfusables(params string[] pairs)
    {
        var table = new bool[128 * 128];
        foreach (var pair in pairs)
        {
            table[(pair[0] * 128) + pair[1]] = true;
            table[(pair[1] * 128) + pair[0]] = true;
        }

        return table;
    }
}
