using System.Collections.Frozen;

namespace PartnerScreening.Matching.Normalization;

/// <summary>Reads English ordinals (28th, ninth) as numbers so that "Ninth Academy" meets "9th Academy".</summary>
internal static class Ordinals
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>
    {
        ["first"] = "1", ["second"] = "2", ["third"] = "3", ["fourth"] = "4", ["fifth"] = "5",
        ["sixth"] = "6", ["seventh"] = "7", ["eighth"] = "8", ["ninth"] = "9", ["tenth"] = "10",
        ["eleventh"] = "11", ["twelfth"] = "12", ["thirteenth"] = "13", ["fourteenth"] = "14",
        ["fifteenth"] = "15", ["sixteenth"] = "16", ["seventeenth"] = "17", ["eighteenth"] = "18",
        ["nineteenth"] = "19", ["twentieth"] = "20",
    }.ToFrozenDictionary();

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
