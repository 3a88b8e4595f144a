namespace PartnerScreening.Matching.Normalization;

/// <summary>
/// Reads Chinese numerals in a folded Han name as decimal numbers: a run after 第 (第二十八 → 28), or a run
/// of two or more numerals (七七一 → 771). Single numerals elsewhere are left alone, because they are often
/// part of a word (一汽, 三星).
/// </summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇零一二三四五六七八九";

    public static IEnumerable<string> Extract(string cjk)
    {
        var i = 0;
        while (i < cjk.Length)
        {
            if (!IsNumeral(cjk[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < cjk.Length && IsNumeral(cjk[i]))
            {
                i++;
            }

            var afterOrdinalMark = start > 0 && cjk[start - 1] == '第';
            if ((afterOrdinalMark || i - start >= 2) && TryParse(cjk[start..i], out var value))
            {
                yield return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private static bool IsNumeral(char c) => Digits.Contains(c) || c is '十' or '百' or '千';

    private static bool TryParse(string run, out long value)
    {
        value = 0;
        if (!run.Any(c => c is '十' or '百' or '千'))
        {
            // Positional digits: 七七一 → 771.
            foreach (var c in run)
            {
                value = (value * 10) + DigitValue(c);
            }

            return true;
        }

        long section = 0;
        long digit = 0;
        foreach (var c in run)
        {
            var multiplier = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (multiplier == 0)
            {
                digit = DigitValue(c);
                continue;
            }

            section += (digit == 0 ? 1 : digit) * multiplier;
            digit = 0;
        }

        value = section + digit;
        return value > 0;
    }

    private static int DigitValue(char c) => c switch
    {
        '〇' or '零' => 0,
        _ => Digits.IndexOf(c) - 1,
    };
}
