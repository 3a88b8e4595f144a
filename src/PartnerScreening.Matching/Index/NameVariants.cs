using System.Text.RegularExpressions;

namespace PartnerScreening.Matching.Index;

/// <summary>Other writings of one listed name, which the index stores beside it and <c>compare</c> tries too.</summary>
internal static partial class NameVariants
{
    /// <summary>
    /// Returns the name itself, then its parenthesised variants, each followed by its slash alternatives.
    /// <c>IsPart</c> marks the text of a parenthesis taken alone, which is another name of the party (an alias).
    /// </summary>
    public static IEnumerable<(string Value, bool IsPart)> Of(string name)
    {
        foreach (var variant in ParenthesisedVariants(name))
        {
            yield return variant;
            foreach (var alternative in SlashAlternatives(variant.Value))
            {
                yield return (alternative, variant.IsPart);
            }
        }
    }

    /// <summary>
    /// Returns the name, then, when it carries parenthesised text, the name without it and each parenthesised part
    /// of two or more words or of Han or kana characters. A list often writes a short name and its long form as one
    /// name (ESNICO (Equipment Supplier for Nuclear Industries Corporation)) or adds a qualifier (Pan Systems Pte.
    /// Ltd. (Pyongyang branch)). Either part alone must match as well as the whole.
    /// </summary>
    private static IEnumerable<(string Value, bool IsPart)> ParenthesisedVariants(string name)
    {
        yield return (name, false);
        var parts = ParenthesisedPart().Matches(name);
        if (parts.Count == 0)
        {
            yield break;
        }

        var outside = ParenthesisedPart().Replace(name, " ").Trim();
        if (outside.Length >= 2)
        {
            yield return (outside, false);
        }

        foreach (Match part in parts)
        {
            var inside = part.Groups[1].Value.Trim();
            var words = inside.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words >= 2 || (inside.Length >= 2 && inside.Any(Normalization.ScriptClassifier.IsCjk)))
            {
                yield return (inside, true);
            }
        }
    }

    /// <summary>
    /// Returns, for each slash between two words of two or more letters, the name with the left word alone and with
    /// the right word alone in that place. CHINA PRECISION MACHINERY IMPORT/EXPORT CORPORATION gives the IMPORT and
    /// the EXPORT corporation, and AL-QA'IDA/ISLAMIC ARMY gives AL-QA'IDA ARMY and ISLAMIC ARMY. When the text after
    /// the slash starts with the name's first word, the two sides are whole names (Dana Holdings/Dana Astra).
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

    // One level of round brackets, ASCII or full-width.
    [GeneratedRegex(@"[(（]([^()（）]+)[)）]")]
    private static partial Regex ParenthesisedPart();

    private static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // Two words joined by a slash, each of two or more letters (hyphens and apostrophes inside a word allowed).
    [GeneratedRegex(@"(?<left>[\p{L}][\p{L}\p{M}'’\-]*[\p{L}])\s*/\s*(?<right>[\p{L}][\p{L}\p{M}'’\-]*[\p{L}])")]
    private static partial Regex SlashedWords();
}
