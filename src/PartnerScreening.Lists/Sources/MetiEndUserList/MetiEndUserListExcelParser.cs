using System.Data;
using System.Globalization;
using ExcelDataReader;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Text;

namespace PartnerScreening.Lists.Sources.MetiEndUserList;

/// <summary>
/// Parses the Excel edition of the METI End User List (外国ユーザーリスト, e.g. <c>20250929_4.xlsx</c>): one sheet,
/// a bilingual header row, then one entry per row.
/// </summary>
/// <remarks>
/// <para>
/// Columns are found by their header text (No., Country or Region, Company or Organization, Also Known As,
/// Type of WMD, Conventional Weapons), so a reordered or older sheet without the conventional-weapons column
/// still reads. <see cref="ListedParty.SourceEntityId"/> is the No. of the edition; METI renumbers the list in
/// every edition, so the same organisation can have a different No. in the next file.
/// </para>
/// <para>
/// Many shared strings carry Japanese phonetic runs (<c>rPh</c>, furigana such as ベツメイ for 別名).
/// ExcelDataReader 3.6 reads only the text runs and skips <c>rPh</c>, so no reading leaks into names; a test
/// on the real file checks this.
/// </para>
/// </remarks>
public sealed class MetiEndUserListExcelParser : IListParser
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    static MetiEndUserListExcelParser()
    {
        // ExcelDataReader's configuration requests code page 1252 even for .xlsx files; .NET has it only
        // through the code-pages provider. Registering it again is harmless.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <inheritdoc />
    public string Source => ListSourceIds.MetiEndUserList;

    /// <inheritdoc />
    public string Version => "1";

    /// <summary>
    /// Returns true for a .xlsx file named as METI publishes it (<c>20250929_4.xlsx</c>) or with <c>meti</c>,
    /// <c>eul</c> or <c>enduser</c> in its name. Other lists' files are left to their parsers.
    /// </summary>
    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        MetiFileNames.IsEndUserList(fileName, ".xlsx")
        && (head.IsEmpty || head.StartsWith(ZipSignature));

    /// <inheritdoc />
    public bool CanParseKnownSource(string fileName, ReadOnlySpan<byte> head) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && head.StartsWith(ZipSignature);

    /// <inheritdoc />
    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);

        var rows = ReadRows(files, cancellationToken);
        var warnings = new List<string>();
        var parties = new List<ListedParty>(rows.Count);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var party = MetiEntryMapper.Map(row, files.FileName, warnings);
            if (!numbers.Add(party.SourceEntityId))
            {
                throw new ListFormatException(Source, files.FileName, $"No. {party.SourceEntityId} appears twice (again at {row.Location})");
            }

            parties.Add(party);
        }

        return new ParsedList(parties, MetiEditionDate.FromFileName(files.FileName)) { Warnings = warnings };
    }

    private List<MetiRow> ReadRows(ListFileSet files, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new MemoryStream(files.Content, writable: false);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            do
            {
                var rows = TryReadSheet(reader, files.FileName, cancellationToken);
                if (rows is not null)
                {
                    return rows;
                }
            }
            while (reader.NextResult());
        }
        catch (Exception exception) when (exception is not (ListFormatException or OperationCanceledException))
        {
            throw new ListFormatException(Source, files.FileName, $"it is not a readable Excel workbook ({exception.GetType().Name}: {exception.Message})", exception);
        }

        throw new ListFormatException(Source, files.FileName, "no sheet has the header row 'No.' / 'Company or Organization' / 'Type of WMD'");
    }

    /// <summary>Reads the current sheet when its header row is found within the first rows; returns null otherwise.</summary>
    private List<MetiRow>? TryReadSheet(IExcelDataReader reader, string fileName, CancellationToken cancellationToken)
    {
        const int MaxHeaderRow = 20;
        MetiColumns? columns = null;
        var rowNumber = 0;
        while (columns is null && rowNumber < MaxHeaderRow && reader.Read())
        {
            rowNumber++;
            columns = MetiColumns.TryFind(CellsOf(reader));
        }

        if (columns is null)
        {
            return null;
        }

        var rows = new List<MetiRow>(1024);
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rowNumber++;
            var number = CellString(reader, columns.Number);
            var name = CellString(reader, columns.Name);
            if (number.Length == 0 && name.Length == 0)
            {
                continue;
            }

            rows.Add(new MetiRow(
                $"sheet '{reader.Name}' row {rowNumber}",
                number,
                CellString(reader, columns.Country),
                name,
                CellString(reader, columns.Aliases),
                CellString(reader, columns.Wmd),
                columns.ConventionalWeapons is { } conventional ? CellString(reader, conventional) : null));
        }

        if (rows.Count == 0)
        {
            throw new ListFormatException(Source, fileName, $"sheet '{reader.Name}' has the header row but no entries");
        }

        return rows;
    }

    private static string[] CellsOf(IDataRecord record)
    {
        var cells = new string[record.FieldCount];
        for (var index = 0; index < cells.Length; index++)
        {
            cells[index] = CellString(record, index);
        }

        return cells;
    }

    private static string CellString(IDataRecord record, int index)
    {
        if (index >= record.FieldCount)
        {
            return string.Empty;
        }

        return record.GetValue(index) switch
        {
            null => string.Empty,
            string text => text,
            double number => number.ToString(CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString() ?? string.Empty,
        };
    }
}
