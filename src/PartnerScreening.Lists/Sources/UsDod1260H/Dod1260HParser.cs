using System.Text;
using CsvHelper;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.UsDod1260H;

/// <summary>
/// Parses the transcription of the US DoD Section 1260H list ("Chinese military companies operating in the
/// United States") kept by OpenSanctions as <c>sanctions.csv</c>: one row per listing period of a company over
/// all editions. The DoD publishes the list only as PDF, so this is reference data, never a legal list.
/// </summary>
/// <remarks>
/// Rows are grouped by the id made from <c>Clean Name</c>, so spellings that differ only in case or punctuation
/// ("Co., Ltd." and "Co. Ltd.") join one company. Only companies with an open listing period (no <c>End date</c>)
/// become parties; every period is kept as <c>listed</c> and <c>delisted</c> dates. The list has no ids, so
/// <see cref="ListedParty.SourceEntityId"/> is the clean name in lower case with every run of other characters
/// replaced by a hyphen (<c>huawei-technologies-co-ltd</c>). The edition is the latest start or end date.
/// </remarks>
public sealed class Dod1260HParser : IListParser
{
    internal static readonly string[] ExpectedColumns =
        ["Name", "Clean Name", "Alias", "Previous Name", "Parent Name", "Note", "Start date", "End date", "Source Url"];

    private const string Expected = "the Section 1260H list transcription (sanctions.csv)";

    public string Source => ListSourceIds.UsDod1260H;

    public string Version => "dod-1260h-csv-1";

    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        ListInput.HasExtension(fileName, ".csv") && (head.IsEmpty || ListInput.HeadStartsWith(head, "Name,Clean Name"));

    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ListInput.EnsureNotEmptyOrHtml(Source, files.FileName, files.Content, Expected);

        var rows = ReadRows(files.FileName, files.Content);
        var parties = new List<ListedParty>();
        foreach (var group in rows.GroupBy(row => EntityId(row.CleanName)).Where(group => group.Key.Length > 0))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group.All(row => row.EndDate is not null))
            {
                continue;
            }

            parties.Add(Map(group.Key, group.ToArray()));
        }

        var edition = rows.SelectMany(row => new[] { row.StartDate, row.EndDate })
            .Select(date => DateOnly.TryParse(date, out var parsed) ? parsed : (DateOnly?)null)
            .Max();
        return new ParsedList(parties, edition);
    }

    /// <summary>Returns the id made from a clean name: lower case letters and digits, runs of anything else as one hyphen.</summary>
    internal static string EntityId(string cleanName)
    {
        var builder = new StringBuilder(cleanName.Length);
        foreach (var character in cleanName.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(character))
            {
                builder.Append(character);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private List<Dod1260HRow> ReadRows(string fileName, byte[] content)
    {
        using var csv = CsvReader.FromText(ListInput.DecodeText(content), new CsvReaderOptions { Separator = ',', HasHeader = true });
        csv.ReadHeader();
        var missing = ExpectedColumns.Except(csv.Headers.ToArray(), StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            throw new ListFormatException(Source, fileName, $"the header lacks the columns {string.Join(", ", missing)}; expected the columns {string.Join(", ", ExpectedColumns)}");
        }

        var rows = new List<Dod1260HRow>();
        while (csv.Read())
        {
            rows.Add(new Dod1260HRow(
                PartyBuilder.Clean(csv.GetString("Clean Name")) ?? string.Empty,
                PartyBuilder.Clean(csv.GetString("Alias")),
                PartyBuilder.Clean(csv.GetString("Previous Name")),
                PartyBuilder.Clean(csv.GetString("Parent Name")),
                PartyBuilder.Clean(csv.GetString("Note")),
                PartyBuilder.Clean(csv.GetString("Start date")),
                PartyBuilder.Clean(csv.GetString("End date")),
                PartyBuilder.Clean(csv.GetString("Source Url"))));
        }

        return rows;
    }

    private static ListedParty Map(string id, Dod1260HRow[] rows)
    {
        var current = rows.Where(row => row.EndDate is null).MaxBy(row => row.StartDate, StringComparer.Ordinal) ?? rows[^1];
        var party = new PartyBuilder(ListSourceIds.UsDod1260H, id)
        {
            Kind = PartyKind.Organization,
            PrimaryName = current.CleanName,
            SourceUrl = rows.Select(row => row.SourceUrl).LastOrDefault(url => url is not null),
        };

        party.AddProgram("Section 1260H");
        foreach (var row in rows.OrderBy(row => row.StartDate, StringComparer.Ordinal))
        {
            // Several aliases are joined by a comma without a space; "Co., Ltd." keeps its comma-space.
            foreach (var alias in (row.Alias ?? string.Empty).Split(',').Aggregate(new List<string>(), JoinCommaSpaceParts))
            {
                party.AddAlias(alias);
            }

            foreach (var previous in (row.PreviousName ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                party.AddAlias(previous, NameType.FormerName);
            }

            party.AddDate("listed", row.StartDate);
            party.AddDate("delisted", row.EndDate);
            if (row.ParentName is not null)
            {
                party.AddRemark($"Parent: {row.ParentName}");
            }

            party.AddRemark(row.Note);
        }

        return party.Build()!;
    }

    /// <summary>Rejoins a part that starts with a space to the one before it, because that comma was inside a name.</summary>
    private static List<string> JoinCommaSpaceParts(List<string> parts, string part)
    {
        if (parts.Count > 0 && part.StartsWith(' '))
        {
            parts[^1] = $"{parts[^1]},{part}";
        }
        else if (part.Trim().Length > 0)
        {
            parts.Add(part.Trim());
        }

        return parts;
    }

    private sealed record Dod1260HRow(
        string CleanName,
        string? Alias,
        string? PreviousName,
        string? ParentName,
        string? Note,
        string? StartDate,
        string? EndDate,
        string? SourceUrl);
}
