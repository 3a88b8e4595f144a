using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Text;

namespace PartnerScreening.Lists.Sources.MetiEndUserList;

/// <summary>
/// Splits the name and alias cells of the End User List into names with their script.
/// </summary>
/// <remarks>
/// The name cell contains the English name, wrapped over lines when long, and for Chinese and North Korean entries
/// the original-script name in parentheses at the end (<c>Harbin Institute of Technology (HIT)\n(哈爾浜工業大学)</c>).
/// The alias cell contains one alias per line starting with <c>・</c>; a line without the bullet is the
/// original-script rendering of the alias before it when it is in another script, and a continuation of it
/// when it is Latin text.
/// </remarks>
internal static class MetiNames
{
    private const char Bullet = '・';

    // Bullets that hold only a legal form: METI split "Акционерное общество Рособоронэкспорт" over two bullets.
    private static readonly HashSet<string> LegalFormsOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "Акционерное общество",
        "Открытое акционерное общество",
        "Закрытое акционерное общество",
        "Публичное акционерное общество",
        "Общество с ограниченной ответственностью",
        "Aktsionernoe Obshchestvo",
        "Joint Stock Company",
    };

    /// <summary>Splits the name cell into the primary name and, when printed, its original-script name.</summary>
    public static (string Primary, PartyName? OriginalScript) ParsePrimary(string normalizedCell)
    {
        var joined = string.Empty;
        foreach (var line in CellText.Lines(normalizedCell))
        {
            joined = joined.Length == 0 ? line : JoinWrapped(joined, line);
        }

        // One entry of the 2025-01 PDF edition prints its name with an alias bullet.
        var (name, original) = SplitTrailingOriginal(joined.TrimStart(Bullet, ' '));
        return (name, original is null ? null : CreateName(original, NameType.OriginalScript));
    }

    /// <summary>Returns the aliases of the alias cell in printed order, each followed by its original-script rendering.</summary>
    public static List<PartyName> ParseAliases(string normalizedCell)
    {
        var entries = new List<AliasEntry>();
        foreach (var line in CellText.Lines(normalizedCell))
        {
            if (line[0] == Bullet)
            {
                var text = line[1..].Trim();
                if (text.Length > 0)
                {
                    entries.Add(new AliasEntry(text));
                }

                continue;
            }

            if (entries.Count == 0)
            {
                entries.Add(new AliasEntry(line));
                continue;
            }

            var previous = entries[^1];
            var wholeLineInParentheses = FindOpeningParenthesis(line) == 0;
            if (wholeLineInParentheses && ScriptDetector.HasNonLatinLetter(line))
            {
                previous.Renderings.Add(line[1..^1].Trim());
            }
            else if (ScriptDetector.HasNonLatinLetter(line) && !ScriptDetector.HasNonLatinLetter(previous.Text))
            {
                previous.Renderings.Add(line);
            }
            else
            {
                previous.Text = JoinWrapped(previous.Text, line);
            }
        }

        MergeLegalFormBullets(entries);
        return ToNames(entries);
    }

    /// <summary>
    /// Splits a trailing parenthesised group that contains non-Latin letters off the text. Latin groups such as
    /// acronyms (<c>(HIT)</c>) stay part of the name.
    /// </summary>
    internal static (string Name, string? Original) SplitTrailingOriginal(string text)
    {
        var open = FindOpeningParenthesis(text);
        if (open <= 0)
        {
            return (text, null);
        }

        var inside = text[(open + 1)..^1].Trim();
        var before = text[..open].TrimEnd();
        if (inside.Length == 0 || before.Length == 0 || !ScriptDetector.HasNonLatinLetter(inside))
        {
            return (text, null);
        }

        return (before, inside);
    }

    /// <summary>Returns the index of the '(' that matches a ')' ending the text, or -1.</summary>
    private static int FindOpeningParenthesis(string text)
    {
        if (text.Length < 2 || text[^1] != ')')
        {
            return -1;
        }

        var depth = 0;
        for (var index = text.Length - 1; index >= 0; index--)
        {
            switch (text[index])
            {
                case ')':
                    depth++;
                    break;
                case '(':
                    depth--;
                    if (depth == 0)
                    {
                        return index;
                    }

                    break;
            }
        }

        return -1;
    }

    /// <summary>
    /// Joins a line to the text it continues: with a space, except after a hyphen ending a word and between two
    /// letters of a script written without spaces (Han, kana, Hangul), where the PDF edition wraps mid-word.
    /// </summary>
    private static string JoinWrapped(string text, string continuation)
    {
        var hyphenated = text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]);
        var joinsWithoutSpace = hyphenated || (IsUnspacedScript(text[^1]) && IsUnspacedScript(continuation[0]));
        return joinsWithoutSpace ? text + continuation : text + " " + continuation;
    }

    private static bool IsUnspacedScript(char character) =>
        character is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    private static void MergeLegalFormBullets(List<AliasEntry> entries)
    {
        for (var index = entries.Count - 2; index >= 0; index--)
        {
            var entry = entries[index];
            if (entry.Renderings.Count == 0 && LegalFormsOnly.Contains(entry.Text))
            {
                var next = entries[index + 1];
                next.Text = entry.Text + " " + next.Text;
                entries.RemoveAt(index);
            }
        }
    }

    private static List<PartyName> ToNames(List<AliasEntry> entries)
    {
        var names = new List<PartyName>(entries.Count * 2);
        foreach (var entry in entries)
        {
            var (text, original) = SplitTrailingOriginal(entry.Text);
            names.Add(CreateName(text, NameType.Alias));
            if (original is not null)
            {
                names.Add(CreateName(original, NameType.OriginalScript));
            }

            foreach (var rendering in entry.Renderings)
            {
                names.Add(CreateName(rendering, NameType.OriginalScript));
            }
        }

        return names;
    }

    private static PartyName CreateName(string value, NameType type)
    {
        var script = ScriptDetector.Detect(value);
        var language = script == ScriptDetector.Japanese ? "ja" : null;
        return new PartyName(value, type, script, language);
    }

    private sealed class AliasEntry(string text)
    {
        public string Text { get; set; } = text;

        public List<string> Renderings { get; } = [];
    }
}
