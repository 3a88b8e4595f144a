using System.Collections.Frozen;

namespace PartnerScreening.Matching.Normalization;

/// <summary>
/// Reads English ordinals (28th, ninth) as numbers so that "Ninth Academy" meets "9th Academy", and English
/// cardinal words (three, forty four) so that "Three Percenters" meets "3 Percenters", and Roman numerals of a
/// series (Fund VII) so that they meet the same number in digits.
/// </summary>
internal static partial class Ordinals
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>
    {
        ["first"] = "1", ["second"] = "2", ["third"] = "3", ["fourth"] = "4", ["fifth"] = "5",
        ["sixth"] = "6", ["seventh"] = "7", ["eighth"] = "8", ["ninth"] = "9", ["tenth"] = "10",
        ["eleventh"] = "11", ["twelfth"] = "12", ["thirteenth"] = "13", ["fourteenth"] = "14",
        ["fifteenth"] = "15", ["sixteenth"] = "16", ["seventeenth"] = "17", ["eighteenth"] = "18",
        ["nineteenth"] = "19", ["twentieth"] = "20",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary();

    /// <summary>
    /// Reads a cardinal number word at <paramref name="start"/>: a unit (three), a ten (forty) or a ten followed
    /// by a unit word (forty four, as "forty-four" splits). Returns how many words it took, or 0.
    /// </summary>
    public static int TryParseCardinal(IReadOnlyList<string> words, int start, out string number)
    {
        number = "";
        var word = words[start];
        if (Units.TryGetValue(word, out var unit))
        {
            number = unit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return 1;
        }

        if (!Tens.TryGetValue(word, out var ten))
        {
            return 0;
        }

        if (start + 1 < words.Count && Units.TryGetValue(words[start + 1], out var next) && next < 10)
        {
            number = (ten + next).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return 2;
        }

        number = ten.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return 1;
    }

    /// <summary>
    /// Reads a Roman numeral written with I, V and X only, from II to XXXIX (the numbers of fund and vessel
    /// series). One letter is not read: it is more often an initial.
    /// </summary>
    public static bool TryParseRoman(string word, out string number)
    {
        number = "";
        if (word.Length < 2 || !RomanNumeral().IsMatch(word))
        {
            return false;
        }

        var value = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var current = RomanValue(word[i]);
            value += i + 1 < word.Length && current < RomanValue(word[i + 1]) ? -current : current;
        }

        number = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return true;

        static int RomanValue(char letter) => letter switch { 'i' => 1, 'v' => 5, _ => 10 };
    }

    [System.Text.RegularExpressions.GeneratedRegex("^x{0,3}(ix|iv|v?i{0,3})$")]
    private static partial System.Text.RegularExpressions.Regex RomanNumeral();

    public static bool TryParse(string word, out string number)
    {
        if (Words.TryGetValue(word, out var fromWord))
        {
            number = fromWord;
            return true;
        }

        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        var suffix = word[digits..];
        if (digits > 0 && suffix is "st" or "nd" or "rd" or "th")
        {
            number = word[..digits].TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";
            return true;
        }

        number = "";
        return false;
    }
}
