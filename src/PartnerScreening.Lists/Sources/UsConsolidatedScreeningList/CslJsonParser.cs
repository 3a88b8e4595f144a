using System.Text.Json;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.UsConsolidatedScreeningList;

/// <summary>
/// Parses the US Consolidated Screening List JSON download (<c>consolidated.json</c>): an object whose
/// <c>results</c> array contains one object per listed party, with the CSV's columns as properties, arrays for the
/// multi-valued ones, objects (<c>address</c>, <c>city</c>, <c>state</c>, <c>postal_code</c>, <c>country</c>) for
/// addresses and objects (<c>type</c>, <c>number</c>, <c>country</c>, <c>issue_date</c>, <c>expiration_date</c>) for ids.
/// <see cref="ListedParty.SourceEntityId"/> is <c>id</c> (or <c>_id</c>, as in the CSV), so both formats give the same ids.
/// </summary>
public sealed class CslJsonParser : IListParser
{
    private const string Expected = "the Consolidated Screening List JSON (consolidated.json)";

    public string Source => ListSourceIds.UsConsolidatedScreeningList;

    public string Version => "csl-json-1";

    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        ListInput.HasExtension(fileName, ".json")
        && (Path.GetFileName(fileName).StartsWith("consolidated", StringComparison.OrdinalIgnoreCase) || ListInput.HeadContains(head, "\"results\""));

    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ListInput.EnsureNotEmptyOrHtml(Source, files.FileName, files.Content, Expected);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(files.Content.AsMemory(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException exception)
        {
            throw new ListFormatException(Source, files.FileName, $"the JSON is invalid ({exception.Message})", exception);
        }

        using (document)
        {
            var results = FindResults(document.RootElement)
                ?? throw new ListFormatException(Source, files.FileName, "the JSON has no 'results' array; expected an object with a 'results' array of listed parties");

            var ids = new CslEntityIds();
            var parties = new List<ListedParty>(results.GetArrayLength());
            var warnings = new List<string>();
            var index = 0;
            foreach (var item in results.EnumerateArray())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var record = item.ValueKind == JsonValueKind.Object ? ReadRecord(item) : null;
                var party = record is null ? null : MapWithUniqueId(record, ids, warnings);
                if (party is null)
                {
                    warnings.Add($"Result {index} has no id or no name and was skipped.");
                }
                else
                {
                    parties.Add(party);
                }

                index++;
            }

            return new ParsedList(parties) { Warnings = warnings };
        }
    }

    private static JsonElement? FindResults(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root;
        }

        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array
            ? results
            : null;
    }

    private static CslRecord? ReadRecord(JsonElement item)
    {
        var id = PartyBuilder.Clean(GetString(item, "id") ?? GetString(item, "_id"));
        var name = PartyBuilder.Clean(GetString(item, "name"));
        if (id is null || name is null)
        {
            return null;
        }

        return new CslRecord
        {
            Id = id,
            SourceList = GetString(item, "source") ?? string.Empty,
            EntityNumber = GetString(item, "entity_number"),
            Type = GetString(item, "type"),
            Programs = GetStrings(item, "programs"),
            Name = name,
            Title = GetString(item, "title"),
            Addresses = GetObjects(item, "addresses").Select(ReadAddress).OfType<CslAddress>().ToArray(),
            FederalRegisterNotice = GetString(item, "federal_register_notice"),
            StartDate = GetString(item, "start_date"),
            EndDate = GetString(item, "end_date"),
            StandardOrder = GetString(item, "standard_order"),
            LicenseRequirement = GetString(item, "license_requirement"),
            LicensePolicy = GetString(item, "license_policy"),
            CallSign = GetString(item, "call_sign"),
            VesselType = GetString(item, "vessel_type"),
            GrossTonnage = GetString(item, "gross_tonnage"),
            GrossRegisteredTonnage = GetString(item, "gross_registered_tonnage"),
            VesselFlag = GetString(item, "vessel_flag"),
            VesselOwner = GetString(item, "vessel_owner"),
            Remarks = GetString(item, "remarks"),
            SourceListUrl = GetString(item, "source_list_url"),
            AltNames = GetStrings(item, "alt_names"),
            Citizenships = GetStrings(item, "citizenships"),
            DatesOfBirth = GetStrings(item, "dates_of_birth"),
            Nationalities = GetStrings(item, "nationalities"),
            PlacesOfBirth = GetStrings(item, "places_of_birth"),
            SourceInformationUrl = GetString(item, "source_information_url"),
            Ids = GetObjects(item, "ids").Select(ReadId).OfType<CslId>().ToArray(),
        };
    }

    private static CslAddress? ReadAddress(JsonElement address)
    {
        var city = GetString(address, "city");
        var country = PartyBuilder.Clean(GetString(address, "country"));
        string?[] parts = [GetString(address, "address"), city, GetString(address, "state"), GetString(address, "postal_code"), country];
        var text = string.Join(", ", parts.Select(PartyBuilder.Clean).OfType<string>());
        return text.Length == 0 ? null : new CslAddress(text, CountryCodes.FromName(country), PartyBuilder.Clean(city));
    }

    private static CslId? ReadId(JsonElement id)
    {
        var type = PartyBuilder.Clean(GetString(id, "type"));
        var number = PartyBuilder.Clean(GetString(id, "number"));
        if (type is null || number is null)
        {
            return null;
        }

        return new CslId(type, number, CountryCodes.FromName(GetString(id, "country")));
    }

    private static string? GetString(JsonElement item, string property)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Where(element => element.ValueKind == JsonValueKind.String).Select(element => element.GetString())),
            _ => null,
        };
    }

    /// <summary>Reads a multi-valued property given as an array of strings or, as older editions did, one "; "-joined string.</summary>
    private static string[] GetStrings(JsonElement item, string property)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray()
                .Where(element => element.ValueKind == JsonValueKind.String)
                .Select(element => element.GetString()!.Trim())
                .Where(text => text.Length > 0)
                .ToArray(),
            JsonValueKind.String => CslCsvParser.SplitList(value.GetString()),
            _ => [],
        };
    }

    private static IEnumerable<JsonElement> GetObjects(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(element => element.ValueKind == JsonValueKind.Object)
            : [];

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
