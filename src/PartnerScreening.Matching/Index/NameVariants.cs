using System.Text.RegularExpressions;

namespace PartnerScreening.Matching.Index;

/// <summary>Other writings of one listed name that are indexed beside it.</summary>
internal static partial class NameVariants
{
    /// <summary>
    /// For each slash between two words of two or more letters, the name with the left word alone and with the
    /// right word alone in that place: CHINA PRECISION MACHINERY IMPORT/EXPORT CORPORATION gives the IMPORT and the
    /// EXPORT corporation, and AL-QA'IDA/ISLAMIC ARMY gives AL-QA'IDA ARMY and ISLAMIC ARMY. When the text after the
    /// slash starts with the name's first word, the two sides are whole names: Dana Holdings/Dana Astra gives Dana
    /// Holdings and Dana Astra.
    /// </summary>
    public static IEnumerable<string> SlashAlternatives(string name)
    {
        var firstWord = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        foreach (Match match in SlashedWords().Matches(name))
        {
            var slash = name.IndexOf('/', match.Index);
            var afterSlash = name[(slash + 1)..].Trim();

            // A second name that starts as the first does is a whole alternative (Dana Holdings/Dana Astra).
            if (firstWord.Length > 0 && afterSlash.StartsWith(firstWord + " ", StringComparison.OrdinalIgnoreCase))
            {
                yield return name[..slash].Trim();
                yield return afterSlash;
                continue;
            }

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
