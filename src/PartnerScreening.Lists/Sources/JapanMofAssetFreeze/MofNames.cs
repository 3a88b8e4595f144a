using System.Text.RegularExpressions;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Text;

namespace PartnerScreening.Lists.Sources.JapanMofAssetFreeze;

/// <summary>
/// Splits the alias cells of the MOF workbook into names. A cell contains the Japanese names, a line break, then the
/// English names; several names are enumerated <c>(a) … (b) …</c> or separated by <c>;</c>, <c>；</c> or <c>、</c>.
/// </summary>
internal static partial class MofNames
{
    /// <summary>Returns the names of an alias cell in printed order, typed by the column or by a (別称)/(旧称) label.</summary>
    public static List<PartyName> Split(string cell, NameType columnType)
    {
        var names = new List<PartyName>();
        var type = columnType;
        var previousJapaneseCount = 0;
        foreach (var rawLine in JoinBrokenParentheses(CellText.Lines(CellText.Normalize(cell))))
        {
            var line = rawLine;
            var numberedLabel = NumberedAliasLabel().Match(line);
            if (numberedLabel.Success)
            {
                type = NameType.Alias;
                line = line[numberedLabel.Length..].Trim();
            }
            else if (line.StartsWith("(旧称)", StringComparison.Ordinal))
            {
                type = NameType.FormerName;
                line = line[4..].Trim();
            }

            line = UnwrapLabel(line, ref type);

            var isJapanese = ScriptDetector.HasNonLatinLetter(line);
            var parts = SplitLine(line, isJapanese, previousJapaneseCount);
            previousJapaneseCount = isJapanese ? parts.Count : 0;
            foreach (var part in parts)
            {
                var (name, originals) = ExtractOriginalScript(part);
                if (name.Length > 0)
                {
                    names.Add(Create(name, type));
                }

                names.AddRange(originals);
            }
        }

        return names;
    }

    /// <summary>Creates a name tagged with its script, and with <c>ja</c> or <c>en</c> for the workbook's two notations.</summary>
    public static PartyName Create(string value, NameType type)
    {
        var script = ScriptDetector.Detect(value);
        var language = script switch
        {
            ScriptDetector.Latin => "en",
            ScriptDetector.Japanese or ScriptDetector.Han => "ja",
            _ => null,
        };
        return new PartyName(value, type, script, language);
    }

    /// <summary>
    /// Removes the UN notation <c>(original script: محمد عمر)</c> from a name and returns the original-script
    /// names it gave. The value <c>不明</c> (unknown) gives none.
    /// </summary>
    public static (string Name, List<PartyName> Originals) ExtractOriginalScript(string text)
    {
        var originals = new List<PartyName>();
        if (!text.Contains("original script", StringComparison.OrdinalIgnoreCase))
        {
            return (text, originals);
        }

        var name = OriginalScriptNotation().Replace(text, match =>
        {
            var original = match.Groups["name"].Value.Trim();
            if (original.Length > 0 && original != "不明")
            {
                originals.Add(new PartyName(original, NameType.OriginalScript, ScriptDetector.Detect(original)));
            }

            return " ";
        });
        return (string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)), originals);
    }

    /// <summary>
    /// Removes a label that opens a line and wraps its names, as in <c>(別称、X、Y)</c> or <c>(a.k.a.: (a)X (b)Y)</c>,
    /// with the closing parenthesis that belongs to it. A 旧称 or f.k.a. label makes the names former names.
    /// </summary>
    private static string UnwrapLabel(string line, ref NameType type)
    {
        var match = WrappingLabel().Match(line);
        if (!match.Success)
        {
            return line;
        }

        var label = match.Groups["label"].Value;
        if (label == "旧称" || label.StartsWith('f') || label.StartsWith('F'))
        {
            type = NameType.FormerName;
        }

        var inner = line[match.Length..].Trim();
        if (inner.EndsWith(')') && inner.Count(c => c == ')') > inner.Count(c => c == '('))
        {
            inner = inner[..^1].Trim();
        }

        return inner;
    }

    private static List<string> SplitLine(string line, bool isJapanese, int previousJapaneseCount)
    {
        IEnumerable<string> parts;
        if (Enumerator().IsMatch(line))
        {
            parts = Enumerator().Split(line).SelectMany(part => SplitOutsideParentheses(part, ";"));
        }
        else if (line.Contains(';', StringComparison.Ordinal))
        {
            parts = SplitOutsideParentheses(line, ";");
        }
        else if (isJapanese)
        {
            parts = SplitOutsideParentheses(line, "、");
        }
        else
        {
            // English names may contain commas ("Co., Ltd."), so a comma splits them only when the Japanese line
            // before it listed the same number of names.
            var commaParts = SplitOutsideParentheses(line, ", ");
            parts = previousJapaneseCount > 1 && commaParts.Count == previousJapaneseCount ? commaParts : [line];
        }

        var cleaned = new List<string>();
        foreach (var part in parts)
        {
            var value = Clean(part);
            if (value.Length > 0)
            {
                cleaned.Add(value);
            }
        }

        return cleaned;
    }

    // TODO: some Taliban-sheet aliases carry details in parentheses (parentage, passport, birth date); they
    // stay in the alias text because the notes follow no fixed pattern.
    private static string Clean(string part)
    {
        var value = part.Trim().Trim('、', ',', ';', ' ');
        var isOriginalScriptNotation = value.Contains("original script", StringComparison.OrdinalIgnoreCase);
        if (!isOriginalScriptNotation && value.Length > 2 && value[0] == '(' && value[^1] == ')' && value.IndexOf(')', StringComparison.Ordinal) == value.Length - 1)
        {
            value = value[1..^1].Trim();
        }

        value = AkaPrefix().Replace(value, string.Empty).Trim();
        value = TrailingAkaLabel().Replace(value, string.Empty).Trim();

        // A closing parenthesis left over from a wrapper that held several names belongs to no name. Letter
        // enumerators such as "a)" inside a note are not counted.
        var parentheses = LetterEnumerator().Replace(value, string.Empty);
        var missing = parentheses.Count(c => c == '(') - parentheses.Count(c => c == ')');
        if (value.EndsWith(')') && missing < 0)
        {
            value = value[..^1].Trim();
        }
        else if (missing > 0)
        {
            // A few entries forget to close a note, e.g. "Samuel Peter Mudde(1948年12月16日、…生まれ)".
            value += new string(')', missing);
        }

        return BareLabel().IsMatch(value) || !value.Any(char.IsLetterOrDigit) ? string.Empty : value;
    }

    /// <summary>Joins a line that opens a parenthesis with the lines that close it, as the workbook breaks a few names.</summary>
    private static IEnumerable<string> JoinBrokenParentheses(IEnumerable<string> lines)
    {
        var pending = "";
        foreach (var line in lines)
        {
            pending = pending.Length == 0 ? line : pending + " " + line.Trim();
            var parentheses = LetterEnumerator().Replace(pending, string.Empty);
            if (parentheses.Count(c => c == '(') <= parentheses.Count(c => c == ')'))
            {
                yield return pending;
                pending = "";
            }
        }

        if (pending.Length > 0)
        {
            yield return pending;
        }
    }

    /// <summary>Splits at <paramref name="separator"/> except inside parentheses, which hold notes such as birth dates.</summary>
    private static List<string> SplitOutsideParentheses(string text, string separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch
            {
                '(' => 1,
                ')' when depth > 0 => -1,
                _ => 0,
            };
            if (depth == 0 && string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
            {
                parts.Add(text[start..i]);
                start = i + separator.Length;
                i += separator.Length - 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    // One entry prints the notation in right-to-left order, "(name:original script)", after a bidi control.
    [GeneratedRegex(@"[\u200E\u200F\u202A-\u202E]*\(\s*(?:original script\s*:\s*(?<name>[^()]*)|(?<name>[^()]*?)\s*:\s*original script\s*)\)+", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalScriptNotation();

    [GeneratedRegex(@"^\(\s*(?<label>別称|別名|旧称|[af]\.?k\.?a\.?)(?:\s*[:、,]\s*|\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex WrappingLabel();

    // "NAME (a.k.a.: (a)X (b)Y)" splits at the enumerators into "NAME (a.k.a.:", "X" and "Y)".
    [GeneratedRegex(@"\s*\(\s*[af]\.?k\.?a\.?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAkaLabel();

    [GeneratedRegex(@"(?<=^|[\s:])[a-z]\)")]
    private static partial Regex LetterEnumerator();

    [GeneratedRegex(@"^\((?:別称|別名)\d*\)")]
    private static partial Regex NumberedAliasLabel();

    // A label printed where a name is expected, such as a repeated header cell: 別称, 旧称, 別称・旧称, 別名:.
    [GeneratedRegex(@"^(?:別称|別名|旧称|以前の呼称|・)+\s*:?$")]
    private static partial Regex BareLabel();

    [GeneratedRegex(@"\([a-z]{1,2}\)\s*")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"^(?:a\.?k\.?a\.?|f\.?k\.?a\.?)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AkaPrefix();
}
