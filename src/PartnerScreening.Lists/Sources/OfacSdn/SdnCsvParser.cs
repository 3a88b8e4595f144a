using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.OfacSdn;

/// <summary>
/// Parses OFAC's legacy SDN CSV set: <c>sdn.csv</c> (the entries) with the companions <c>add.csv</c> (addresses),
/// <c>alt.csv</c> (aliases) and <c>sdn_comments.csv</c> (the overflow of long remarks), joined on the entity
/// number, which is <see cref="ListedParty.SourceEntityId"/>. The files have no header, use <c>-0-</c> for
/// empty values and end with a DOS end-of-file byte (0x1A).
/// </summary>
/// <remarks>
/// <c>add.csv</c> and <c>alt.csv</c> are required because without them the entries lose their aliases and
/// addresses. Without <c>sdn_comments.csv</c> the parse goes on with a warning, because only the tail of a few
/// long remarks is missing then.
/// </remarks>
public sealed class SdnCsvParser : IListParser
{
    internal const string AddressFile = "add.csv";
    internal const string AliasFile = "alt.csv";
    internal const string CommentFile = "sdn_comments.csv";

    internal static readonly string[] SdnColumns =
        ["ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign", "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks"];

    internal static readonly string[] AddressColumns = ["ent_num", "Add_num", "Address", "City/State/Province/Postal Code", "Country", "Add_remarks"];

    internal static readonly string[] AliasColumns = ["ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks"];

    internal static readonly string[] CommentColumns = ["ent_num", "remarks_extended"];

    public string Source => ListSourceIds.OfacSdn;

    public string Version => "sdn-csv-1";

    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        Path.GetFileName(fileName).Equals("sdn.csv", StringComparison.OrdinalIgnoreCase);

    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var warnings = new List<string>();
        var mainRows = SdnCsvFile.Read(Source, files.FileName, files.Content, SdnColumns, "the OFAC SDN main file (sdn.csv)");
        var addresses = ReadCompanion(files, AddressFile, AddressColumns, "the OFAC SDN address file (add.csv)", required: true, warnings);
        var aliases = ReadCompanion(files, AliasFile, AliasColumns, "the OFAC SDN alias file (alt.csv)", required: true, warnings);
        var comments = ReadCompanion(files, CommentFile, CommentColumns, "the OFAC SDN remarks overflow file (sdn_comments.csv)", required: false, warnings);

        var parties = new List<ListedParty>(mainRows.Count);
        foreach (var row in mainRows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entityNumber = row[0];
            var party = SdnPartyMapper.Map(
                row,
                addresses.GetValueOrDefault(entityNumber) ?? [],
                aliases.GetValueOrDefault(entityNumber) ?? [],
                comments.GetValueOrDefault(entityNumber) ?? []);
            if (party is null)
            {
                warnings.Add($"Entity {entityNumber} in {files.FileName} has no name and was skipped.");
                continue;
            }

            parties.Add(party);
        }

        return new ParsedList(parties) { Warnings = warnings };
    }

    private Dictionary<string, List<string[]>> ReadCompanion(
        ListFileSet files,
        string companionName,
        string[] columns,
        string expected,
        bool required,
        List<string> warnings)
    {
        if (!files.Companions.TryGetValue(companionName, out var content))
        {
            if (required)
            {
                throw new ListFormatException(Source, files.FileName, $"the companion file '{companionName}' is missing; the SDN CSV set needs sdn.csv, add.csv and alt.csv from the same download (sdn_comments.csv is recommended)");
            }

            warnings.Add($"The companion file '{companionName}' is missing, so remarks longer than the sdn.csv field are cut short.");
            return [];
        }

        var byEntity = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var row in SdnCsvFile.Read(Source, companionName, content, columns, expected))
        {
            if (!byEntity.TryGetValue(row[0], out var list))
            {
                list = [];
                byEntity[row[0]] = list;
            }

            list.Add(row);
        }

        return byEntity;
    }
}
