using CsvHelper;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.UsConsolidatedScreeningList;

/// <summary>
/// Parses the US Consolidated Screening List CSV download (<c>consolidated.csv</c>, 29 columns, one row per
/// listed party). <see cref="ListedParty.SourceEntityId"/> is the <c>_id</c> column: a SHA-1 for BIS and State
/// entries, the OFAC entity number for Treasury entries, with the list code appended for non-SDN Treasury rows
/// (see <see cref="CslEntityIds"/>). The row's source list (Entity List, MEU, DPL, SDN …)
/// is the first entry of <see cref="ListedParty.Programs"/>, followed by the row's own programmes.
/// </summary>
/// <remarks>
/// The CSL bundles the BIS Denied Persons List, so the separate BIS <c>dpl.txt</c> file has no parser of its own.
/// </remarks>
public sealed class CslCsvParser : IListParser
{
    internal static readonly string[] ExpectedColumns =
    [
        "_id", "source", "entity_number", "type", "programs", "name", "title", "addresses", "federal_register_notice",
        "start_date", "end_date", "standard_order", "license_requirement", "license_policy", "call_sign", "vessel_type",
        "gross_tonnage", "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks", "source_list_url",
        "alt_names", "citizenships", "dates_of_birth", "nationalities", "places_of_birth", "source_information_url", "ids",
    ];

    private const string Expected = "the Consolidated Screening List CSV (consolidated.csv)";

    public string Source => ListSourceIds.UsConsolidatedScreeningList;

    public string Version => "csl-csv-1";

    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        ListInput.HasExtension(fileName, ".csv") && (head.IsEmpty || ListInput.HeadStartsWith(head, "_id,"));

    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ListInput.EnsureNotEmptyOrHtml(Source, files.FileName, files.Content, Expected);

        using var csv = CsvReader.FromText(ListInput.DecodeText(files.Content), new CsvReaderOptions { Separator = ',', HasHeader = true });

        ReadHeader(csv, files.FileName);
        var ids = new CslEntityIds();
        var parties = new List<ListedParty>(16_384);
        var warnings = new List<string>();
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = ReadRecord(csv);
            var party = record is null ? null : MapWithUniqueId(record, ids, warnings);
            if (party is null)
            {
                warnings.Add($"Row {csv.RowNumber} has no _id or no name and was skipped.");
                continue;
            }

            parties.Add(party);
        }

        return new ParsedList(parties) { Warnings = warnings };
    }

    private void ReadHeader(CsvReader csv, string fileName)
    {
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        var missing = ExpectedColumns.Where(column => !header.Contains(column, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
        {
            throw new ListFormatException(Source, fileName, $"the header lacks the columns {string.Join(", ", missing)}; expected the columns {string.Join(", ", ExpectedColumns)}");
        }
    }

    private static CslRecord? ReadRecord(CsvReader csv)
    {
        var id = PartyBuilder.Clean(csv.GetString("_id"));
        var name = PartyBuilder.Clean(csv.GetString("name"));
        if (id is null || name is null)
        {
            return null;
        }

        return new CslRecord
        {
            Id = id,
            SourceList = csv.GetString("source") ?? string.Empty,
            EntityNumber = csv.GetString("entity_number"),
            Type = csv.GetString("type"),
            Programs = SplitList(csv.GetString("programs")),
            Name = name,
            Title = csv.GetString("title"),
            Addresses = SplitList(csv.GetString("addresses")).Select(ParseAddress).ToArray(),
            FederalRegisterNotice = csv.GetString("federal_register_notice"),
            StartDate = csv.GetString("start_date"),
            EndDate = csv.GetString("end_date"),
            StandardOrder = csv.GetString("standard_order"),
            LicenseRequirement = csv.GetString("license_requirement"),
            LicensePolicy = csv.GetString("license_policy"),
            CallSign = csv.GetString("call_sign"),
            VesselType = csv.GetString("vessel_type"),
            GrossTonnage = csv.GetString("gross_tonnage"),
            GrossRegisteredTonnage = csv.GetString("gross_registered_tonnage"),
            VesselFlag = csv.GetString("vessel_flag"),
            VesselOwner = csv.GetString("vessel_owner"),
            Remarks = csv.GetString("remarks"),
            SourceListUrl = csv.GetString("source_list_url"),
            AltNames = SplitList(csv.GetString("alt_names")),
            Citizenships = SplitList(csv.GetString("citizenships")),
            DatesOfBirth = SplitList(csv.GetString("dates_of_birth")),
            Nationalities = SplitList(csv.GetString("nationalities")),
            PlacesOfBirth = SplitList(csv.GetString("places_of_birth")),
            SourceInformationUrl = csv.GetString("source_information_url"),
            Ids = SplitList(csv.GetString("ids")).Select(ParseId).ToArray(),
        };
    }

    /// <summary>Splits a flattened multi-valued field; the CSL joins values with "; ".</summary>
    internal static string[] SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Reads "street, city, state, postal code, CC": the country is the last part when it is an ISO code.</summary>
    internal static CslAddress ParseAddress(string text)
    {
        var lastComma = text.LastIndexOf(',');
        var last = (lastComma < 0 ? text : text[(lastComma + 1)..]).Trim();
        var code = last.Length == 2 && CountryCodes.IsCode(last) ? last : null;
        return new CslAddress(text, code, null);
    }

    /// <summary>Reads "CC, number, type" or "number, type": the type is the last part, the country the first when it is an ISO code.</summary>
    internal static CslId ParseId(string text)
    {
        var parts = text.Split(", ");
        if (parts.Length < 2)
        {
            return new CslId("Identifier", text, null);
        }

        var type = parts[^1];
        var hasCountry = parts.Length >= 3 && parts[0].Length == 2 && CountryCodes.IsCode(parts[0]);
        var value = string.Join(", ", parts[(hasCountry ? 1 : 0)..^1]);
        return new CslId(type, value, hasCountry ? parts[0] : null);
    }

    private static ListedParty? MapWithUniqueId(CslRecord record, CslEntityIds ids, List<string> warnings)
    {
        var (id, repeated) = ids.Next(record.Id, record.SourceList);
        if (repeated)
        {
            warnings.Add($"The _id {record.Id} appears twice for the list '{record.SourceList}'; the later row is kept as {id}.");
        }

        return CslPartyMapper.Map(record, id);
    }
}
