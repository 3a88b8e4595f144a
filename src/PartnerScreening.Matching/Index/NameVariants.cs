using System.Text.RegularExpressions;

namespace PartnerScreening.Matching.Index;

/// <summary>Other writings of one listed name that are indexed beside it.</summary>
internal static partial class NameVariants
{
    /// <summary>
    /// For each slash between two words of two or more letters, the name with the left word alone and with the
    /// right word alone in that place: CHINA PRECISION MACHINERY IMPORT/EXPORT CORPORATION gives the IMPORT and the
    /// EXPORT corporation, and AL-QA'IDA/ISLAMIC ARMY gives AL-QA'IDA ARMY and ISLAMIC ARMY.
    /// </summary>
    public static IEnumerable<string> SlashAlternatives(string name)
    {
        foreach (Match match in SlashedWords().Matches(name))
        {
            var before = name[..match.Index];
            var after = name[(match.Index + match.Length)..];
            yield return Squeeze(before + match.Groups["left"].Value + after);
            yield return Squeeze(before + match.Groups["right"].Value + after);
        }
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // Two words joined by a slash, each of two or more letters (hyphens and apostrophes inside a word allowed).
    [GeneratedRegex(@"(?<left>[\p{L}][\p{L}\p{M}'’\-]*[\p{L}])\s*/\s*(?<right>[\p{L}][\p{L}\p{M}'’\-]*[\p{L}])")]
    private static partial Regex SlashedWords();
}
