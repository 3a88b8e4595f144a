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
        foreach (var rawLine in CellText.Lines(CellText.Normalize(cell)))
        {
            var line = rawLine;
            if (line.StartsWith("(別称)", StringComparison.Ordinal) || line.StartsWith("(別名)", StringComparison.Ordinal))
            {
                type = NameType.Alias;
                line = line[4..].Trim();
            }
            else if (line.StartsWith("(旧称)", StringComparison.Ordinal))
            {
                type = NameType.FormerName;
                line = line[4..].Trim();
            }

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

    private static List<string> SplitLine(string line, bool isJapanese, int previousJapaneseCount)
    {
        IEnumerable<string> parts;
        if (Enumerator().IsMatch(line))
        {
            parts = Enumerator().Split(line).SelectMany(part => part.Split(';'));
        }
        else if (line.Contains(';', StringComparison.Ordinal))
        {
            parts = line.Split(';');
        }
        else if (isJapanese)
        {
            parts = line.Split('、');
        }
        else
        {
            // English names may contain commas ("Co., Ltd."), so a comma splits them only when the Japanese line
            // before it listed the same number of names.
            var commaParts = line.Split(", ");
            parts = previousJapaneseCount > 1 && commaParts.Length == previousJapaneseCount ? commaParts : [line];
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

        return AkaPrefix().Replace(value, string.Empty).Trim();
    }

    // One entry prints the notation in right-to-left order, "(name:original script)", after a bidi control.
    [GeneratedRegex(@"[\u200E\u200F\u202A-\u202E]*\(\s*(?:original script\s*:\s*(?<name>[^()]*)|(?<name>[^()]*?)\s*:\s*original script\s*)\)+", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalScriptNotation();

    [GeneratedRegex(@"\([a-z]{1,2}\)\s*")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"^(?:a\.?k\.?a\.?|f\.?k\.?a\.?)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AkaPrefix();
}
