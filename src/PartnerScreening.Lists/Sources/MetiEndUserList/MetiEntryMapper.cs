using System.Globalization;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Text;

namespace PartnerScreening.Lists.Sources.MetiEndUserList;

/// <summary>Maps the cells of one End User List entry to a <see cref="ListedParty"/>; shared by both editions.</summary>
internal static class MetiEntryMapper
{
    /// <summary>
    /// Maps the row; throws <see cref="ListFormatException"/> when the No. or the name is missing, and adds a
    /// warning for each cell that was read with a guess.
    /// </summary>
    public static ListedParty Map(MetiRow row, string fileName, List<string> warnings)
    {
        var number = ParseNumber(row, fileName);
        var name = CellText.Normalize(row.Name);
        if (name.Length == 0)
        {
            throw new ListFormatException(ListSourceIds.MetiEndUserList, fileName, $"entry No. {number} ({row.Location}) has no company or organization name");
        }

        var (primary, originalScript) = MetiNames.ParsePrimary(name);
        var aliases = new List<PartyName>();
        if (originalScript is not null)
        {
            aliases.Add(originalScript);
        }

        aliases.AddRange(MetiNames.ParseAliases(CellText.Normalize(row.Aliases)));

        var (codes, wmdProblem) = MetiCategories.ParseWmd(CellText.Normalize(row.Wmd));
        var (conventional, conventionalProblem) = MetiCategories.ParseConventionalWeapons(CellText.Normalize(row.ConventionalWeapons));
        AddWarning(warnings, number, row, wmdProblem);
        AddWarning(warnings, number, row, conventionalProblem);

        if (codes.Count == 0 && !conventional && wmdProblem is null)
        {
            AddWarning(warnings, number, row, "entry has neither a WMD category nor the conventional-weapons flag");
        }

        var country = ParseCountry(row.Country);
        if (country.Code is null)
        {
            AddWarning(warnings, number, row, $"country '{country.NameJa ?? country.NameEn}' has no ISO code in the METI country table");
        }

        return new ListedParty
        {
            Source = ListSourceIds.MetiEndUserList,
            SourceEntityId = number.ToString(CultureInfo.InvariantCulture),
            Kind = PartyKind.Organization,
            PrimaryName = primary,
            Aliases = RemoveDuplicates(primary, aliases),
            Countries = [country],
            Programs = codes,
            ConventionalWeapons = conventional,
        };
    }

    private static int ParseNumber(MetiRow row, string fileName)
    {
        var text = CellText.Normalize(row.Number).TrimEnd('.');
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            throw new ListFormatException(ListSourceIds.MetiEndUserList, fileName, $"the No. cell at {row.Location} is '{row.Number}', not a positive whole number");
        }

        return number;
    }

    /// <summary>Reads <c>Japanese\nEnglish</c>; a single line is put on the side its script belongs to.</summary>
    private static PartyCountry ParseCountry(string cell)
    {
        string? japanese = null;
        string? english = null;
        foreach (var line in CellText.Lines(CellText.Normalize(cell)))
        {
            if (ScriptDetector.HasNonLatinLetter(line))
            {
                japanese ??= line;
            }
            else
            {
                english = english is null ? line : english + " " + line;
            }
        }

        var code = MetiCountries.FindCode(japanese) ?? MetiCountries.FindCode(english);
        return new PartyCountry(code, english, japanese);
    }

    private static List<PartyName> RemoveDuplicates(string primary, List<PartyName> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { primary };
        var unique = new List<PartyName>(names.Count);
        foreach (var name in names)
        {
            if (seen.Add(name.Value))
            {
                unique.Add(name);
            }
        }

        return unique;
    }

    private static void AddWarning(List<string> warnings, int number, MetiRow row, string? problem)
    {
        if (problem is not null)
        {
            warnings.Add($"No. {number} ({row.Location}): {problem}");
        }
    }
}
