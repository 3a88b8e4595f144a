using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Text;

namespace PartnerScreening.Lists.Sources.JapanMofAssetFreeze;

/// <summary>Maps one target of a regime sheet to a <see cref="ListedParty"/>.</summary>
internal static partial class MofRecordMapper
{
    /// <summary>
    /// Maps the record; throws <see cref="ListFormatException"/> when its 告示番号 (notice number) has no digits,
    /// because the number is the entry's id.
    /// </summary>
    public static ListedParty Map(MofRecord record, MofColumns columns, string fileName)
    {
        var noticeNumber = CellText.Normalize(Cell(record, columns.IndexOf(MofField.NoticeNumber)));
        var number = FirstNumber().Match(noticeNumber);
        if (!number.Success)
        {
            throw new ListFormatException(ListSourceIds.JapanMofAssetFreeze, fileName, $"the 告示番号 at {record.Location} is '{noticeNumber}', which has no number");
        }

        var japanese = JoinLines(Cell(record, columns.IndexOf(MofField.NameJapanese)));
        var (english, originals) = MofNames.ExtractOriginalScript(JoinLines(Cell(record, columns.IndexOf(MofField.NameEnglish))));
        var primary = english.Length > 0 ? english : japanese;
        var aliases = new List<PartyName>();
        if (english.Length > 0 && japanese.Length > 0)
        {
            aliases.Add(MofNames.Create(japanese, NameType.Alias));
        }

        aliases.AddRange(originals);

        var dates = new List<PartyDate>();
        var (listed, amended) = MofDates.ParseNoticeDates(Cell(record, columns.IndexOf(MofField.NoticeDate)));
        if (listed is not null)
        {
            dates.Add(new PartyDate("listed", listed));
        }

        dates.AddRange(amended.Select(date => new PartyDate("amended", date)));

        var identifiers = new List<PartyIdentifier> { new("mof-notice-number", noticeNumber) };
        var addresses = new List<PartyAddress>();
        var countries = new List<PartyCountry>();
        var remarks = new StringBuilder();
        var hasPersonalData = false;
        for (var index = 0; index < columns.Fields.Length; index++)
        {
            var value = index < record.Values.Length ? record.Values[index] : null;
            if (MofCells.IsEmpty(value))
            {
                continue;
            }

            var text = CellText.Normalize(MofCells.Text(value));
            switch (columns.Fields[index])
            {
                case MofField.NoticeDate or MofField.NoticeNumber or MofField.NameJapanese or MofField.NameEnglish:
                    break;
                case MofField.Alias:
                    aliases.AddRange(MofNames.Split(text, NameType.Alias));
                    break;
                case MofField.FormerName:
                    aliases.AddRange(MofNames.Split(text, NameType.FormerName));
                    break;
                case MofField.WeakAlias:
                    aliases.AddRange(MofNames.Split(text, NameType.WeakAlias));
                    break;
                case MofField.BirthDate:
                    dates.AddRange(BirthDates(value!));
                    hasPersonalData = true;
                    break;
                case MofField.Nationality:
                    countries.Add(Country(text));
                    hasPersonalData = true;
                    break;
                case MofField.Passport:
                    identifiers.Add(new PartyIdentifier("passport", text));
                    hasPersonalData = true;
                    break;
                case MofField.NationalId:
                    identifiers.Add(new PartyIdentifier("national-id", text));
                    break;
                case MofField.UnReference:
                    identifiers.Add(new PartyIdentifier("un-reference", text));
                    break;
                case MofField.Address:
                    addresses.Add(new PartyAddress(JoinLines(text)));
                    break;
                case MofField.Other:
                    remarks.Append(columns.Headers[index]).Append(": ").Append(text).Append('\n');
                    hasPersonalData |= columns.Headers[index].Contains("出生地", StringComparison.Ordinal);
                    break;
            }
        }

        return new ListedParty
        {
            Source = ListSourceIds.JapanMofAssetFreeze,
            SourceEntityId = FormatId(record.Sheet.RegimeNumber, number.Value),
            Kind = KindOf(record.Sheet, hasPersonalData),
            PrimaryName = primary,
            Aliases = RemoveDuplicates(primary, aliases),
            Addresses = addresses,
            Countries = countries,
            Programs = [record.Sheet.Program],
            Identifiers = identifiers,
            Dates = dates,
            Remarks = remarks.Length == 0 ? null : remarks.ToString().TrimEnd('\n'),
        };
    }

    /// <summary>
    /// Formats the id as <c>RRR-NNNNNN</c> (regime number, then the number of the 告示番号 without its <c>*</c> or
    /// <c>#</c> mark), the pattern of the 番号 column in MOF's CSV edition.
    /// </summary>
    /// <remarks>
    /// Removed targets keep their row and number, so the number of a target does not change between editions.
    /// NOTE: the pattern copies what a public mirror shows of the CSV header and values; no CSV file was compared.
    /// </remarks>
    internal static string FormatId(int regimeNumber, string number) =>
        string.Create(CultureInfo.InvariantCulture, $"{regimeNumber:D3}-{int.Parse(number, CultureInfo.InvariantCulture):D6}");

    /// <summary>Returns the kind the sheet name states; on mixed sheets a birth date, nationality or passport means a person.</summary>
    private static PartyKind KindOf(MofSheet sheet, bool hasPersonalData)
    {
        if (sheet.Kind != PartyKind.Unknown)
        {
            return sheet.Kind;
        }

        return hasPersonalData ? PartyKind.Person : PartyKind.Unknown;
    }

    private static IEnumerable<PartyDate> BirthDates(object value)
    {
        switch (value)
        {
            case DateTime date:
                yield return new PartyDate("birth", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                yield break;
            case double serial:
                yield return new PartyDate("birth", MofDates.FromSerial(serial));
                yield break;
        }

        var text = CellText.Normalize(MofCells.Text(value));
        var single = MofDates.TryJapanese(text);
        yield return new PartyDate("birth", single ?? text);
    }

    private static PartyCountry Country(string text)
    {
        string? japanese = null;
        string? english = null;
        foreach (var line in CellText.Lines(text))
        {
            if (ScriptDetector.HasNonLatinLetter(line))
            {
                japanese = japanese is null ? line : japanese + " " + line;
            }
            else
            {
                english = english is null ? line : english + " " + line;
            }
        }

        // TODO: map the nationality names to ISO codes; the cells mix several countries and free text.
        return new PartyCountry(null, english, japanese);
    }

    private static string Cell(MofRecord record, int index) =>
        index >= 0 && index < record.Values.Length ? MofCells.Text(record.Values[index]) : string.Empty;

    private static string JoinLines(string text) => string.Join(' ', CellText.Lines(CellText.Normalize(text)));

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

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();
}
