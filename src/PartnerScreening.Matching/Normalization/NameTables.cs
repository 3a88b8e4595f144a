using System.Collections.Frozen;
using System.Reflection;

namespace PartnerScreening.Matching.Normalization;

/// <summary>
/// The word tables behind normalisation, read from the tab-separated files under <c>data/names</c> that ship
/// inside this assembly: legal forms, abbreviations, generic organisation words, stop words, familiar
/// forms of given names and the Japanese kanji folding table; and the country names of the domain's table.
/// </summary>
internal sealed class NameTables
{
    private NameTables()
    {
    }

    /// <summary>Legal forms written as folded token sequences, keyed by their first token, longest first.</summary>
    public required FrozenDictionary<string, LegalForm[]> LegalFormsByFirstToken { get; init; }

    /// <summary>Legal forms written in Han or kana, folded, longest first.</summary>
    public required LegalForm[] CjkLegalForms { get; init; }

    /// <summary>Legal forms written as one Han character in parentheses, (株) or (有), as NFKC writes ㈱ and ㈲.</summary>
    public required LegalForm[] ParenthesisedLegalForms { get; init; }

    public required FrozenDictionary<string, string> Abbreviations { get; init; }

    /// <summary>Generic words written in Latin or another alphabet, folded, mapped to their concept.</summary>
    public required FrozenDictionary<string, string> GenericWords { get; init; }

    /// <summary>Generic words written in Han or kana, folded, longest first, with their concept.</summary>
    public required (string Word, string Concept)[] CjkGenericWords { get; init; }

    /// <summary>The same generic words keyed by their folded text.</summary>
    public required FrozenDictionary<string, string> CjkGenericConcepts { get; init; }

    public required FrozenSet<string> StopWords { get; init; }

    /// <summary>Country names as folded words (saudi, arabia), keyed by their first word, longest first.</summary>
    public required FrozenDictionary<string, string[][]> CountryNamesByFirstWord { get; init; }

    /// <summary>Given names and their familiar forms (Ted, Theodore), folded, mapped to the names they stand for.</summary>
    public required FrozenDictionary<string, string[]> GivenNameForms { get; init; }

    /// <summary>Japanese kanji forms that ICU's Traditional-Simplified leaves alone, mapped to simplified Chinese.</summary>
    public required FrozenDictionary<char, char> Shinjitai { get; init; }

    public static NameTables Load(Func<string, string> foldWord, Func<string, string> foldCjk)
    {
        var shinjitai = ReadRows("shinjitai.tsv")
            .Where(row => row[0].Length == 1 && row[1].Length == 1)
            .ToFrozenDictionary(row => row[0][0], row => row[1][0]);

        var legalLatin = new List<LegalForm>();
        var legalCjk = new List<LegalForm>();
        var legalParenthesised = new List<LegalForm>();
        foreach (var row in ReadRows("legal-forms.tsv"))
        {
            var kind = row.Length > 2 && row[2].Length > 0 ? row[2] : null;
            if (ScriptClassifier.ContainsCjk(row[0]) && row[0].StartsWith('('))
            {
                legalParenthesised.Add(new LegalForm([row[0]], kind));
                continue;
            }

            if (ScriptClassifier.ContainsCjk(row[0]))
            {
                legalCjk.Add(new LegalForm([foldCjk(row[0])], kind));
                continue;
            }

            var tokens = SplitWords(row[0]).Select(foldWord).Where(token => token.Length > 0).ToArray();
            if (tokens.Length > 0)
            {
                legalLatin.Add(new LegalForm(tokens, kind));
            }
        }

        var genericLatin = new Dictionary<string, string>(StringComparer.Ordinal);
        var genericCjk = new List<(string, string)>();
        foreach (var row in ReadRows("generic-words.tsv"))
        {
            if (ScriptClassifier.ContainsCjk(row[0]))
            {
                genericCjk.Add((foldCjk(row[0]), row[1]));
            }
            else
            {
                genericLatin[foldWord(row[0])] = row[1];
            }
        }

        return new NameTables
        {
            Shinjitai = shinjitai,
            LegalFormsByFirstToken = legalLatin
                .GroupBy(form => form.Tokens[0], StringComparer.Ordinal)
                .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(form => form.Tokens.Length).ToArray()),
            CjkLegalForms = [.. legalCjk.DistinctBy(form => form.Tokens[0]).OrderByDescending(form => form.Tokens[0].Length)],
            ParenthesisedLegalForms = [.. legalParenthesised],
            Abbreviations = ReadRows("abbreviations.tsv").ToFrozenDictionary(row => foldWord(row[0]), row => foldWord(row[1])),
            GenericWords = genericLatin.ToFrozenDictionary(),
            CjkGenericWords = [.. genericCjk.DistinctBy(entry => entry.Item1).OrderByDescending(entry => entry.Item1.Length)],
            CjkGenericConcepts = genericCjk.DistinctBy(entry => entry.Item1).ToFrozenDictionary(entry => entry.Item1, entry => entry.Item2, StringComparer.Ordinal),
            CountryNamesByFirstWord = Domain.Lists.CountryCodes.Names
                .Select(name => SplitWords(name).Select(foldWord).Where(word => word.Length > 0).ToArray())
                .Where(words => words.Length > 0)
                .GroupBy(words => words[0], StringComparer.Ordinal)
                .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(words => words.Length).ToArray()),
            StopWords = ReadRows("stop-words.tsv").Select(row => foldWord(row[0])).Where(word => word.Length > 0).ToFrozenSet(),
            GivenNameForms = ReadRows("given-name-forms.tsv")
                .SelectMany(row => row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(row[0]).Select(form => (Form: foldWord(form), Name: foldWord(row[0]))))
                .GroupBy(entry => entry.Form, StringComparer.Ordinal)
                .ToFrozenDictionary(group => group.Key, group => group.Select(entry => entry.Name).Distinct(StringComparer.Ordinal).ToArray()),
        };
    }

    private static IEnumerable<string> SplitWords(string text) =>
        text.Split([' ', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Reads the data rows of a table: comment lines (#) and the header line are skipped.</summary>
    private static IEnumerable<string[]> ReadRows(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("names/" + fileName)
            ?? throw new InvalidOperationException($"The name table '{fileName}' is missing from the assembly; rebuild PartnerScreening.Matching.");
        using var reader = new StreamReader(stream);

        var headerSeen = false;
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}

/// <summary>
/// A legal form as folded tokens (one string for a form written in Han or kana) and the kind of legal entity it
/// makes: stock, limited-liability, partnership or non-profit, or null for a form any company may use (Ltd., Inc.).
/// </summary>
internal sealed record LegalForm(string[] Tokens, string? Kind);
