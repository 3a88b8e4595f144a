using System.IO.Compression;
using System.Xml;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists;

namespace PartnerScreening.Lists.Tests.Fixtures;

/// <summary>
/// A tiny stand-in parser for a one-sheet workbook such as the METI End User List: one party per row of
/// <c>xl/worksheets/sheet1.xml</c> after the header row, named by its row number. It reads the real zip
/// container, so a truncated or non-xlsx download fails in it as it would in a real parser.
/// </summary>
internal sealed class XlsxRowParser(string source) : IListParser
{
    public string Source { get; } = source;

    public string Version => "test-xlsx-1";

    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && head.StartsWith("PK"u8);

    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken)
    {
        using var archive = new ZipArchive(new MemoryStream(files.Content), ZipArchiveMode.Read);
        var sheet = archive.GetEntry("xl/worksheets/sheet1.xml")
            ?? throw new ListFormatException(Source, files.FileName, "the workbook has no first worksheet");

        var parties = new List<ListedParty>();
        using var reader = XmlReader.Create(sheet.Open());
        while (reader.ReadToFollowing("row", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"))
        {
            var row = reader.GetAttribute("r");
            if (row is null or "1")
            {
                continue;
            }

            parties.Add(new ListedParty { Source = Source, SourceEntityId = row, PrimaryName = $"Row {row}" });
        }

        return new ParsedList(parties);
    }
}
