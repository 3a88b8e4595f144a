using System.Globalization;
using System.Text.RegularExpressions;
using ExcelDataReader;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists.Sources.JapanMofAssetFreeze;

/// <summary>
/// Parses the Ministry of Finance workbook of asset-freeze targets (資産凍結等対象者, <c>shisantouketsuYYYYMMDD.xlsx</c>):
/// an index sheet, then one sheet per sanctions regime.
/// </summary>
/// <remarks>
/// <para>
/// Each regime sheet has a title, optional notes, then a header row whose first cell is 告示日付; columns differ
/// per sheet and are mapped by header text (<see cref="MofColumns"/>). Rows whose 告示日付 contains 削除 (removed) are
/// not imported. Rows without date, number and names continue the text of the target above.
/// Sheets marked 【解除】 (lifted regimes) have no table and are skipped.
/// </para>
/// <para>
/// <see cref="ListedParty.SourceEntityId"/> is <c>RRR-NNNNNN</c>: the regime number of the sheet and the number of
/// the 告示番号 (notice number) column, e.g. <c>014-000001</c> for <c>*1</c> on sheet 14. MOF keeps removed targets
/// as rows with their number, so the id stays the same across editions. The English name is the primary name and
/// the Japanese name an alias with language <c>ja</c>; <see cref="ListedParty.Programs"/> contains the sheet name.
/// </para>
/// </remarks>
public sealed partial class JapanMofAssetFreezeParser : IListParser
{
    private const int MaxHeaderRow = 10;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    static JapanMofAssetFreezeParser()
    {
        // ExcelDataReader's configuration requests code page 1252 even for .xlsx files; .NET has it only
        // through the code-pages provider. Registering it again is harmless.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <inheritdoc />
    public string Source => ListSourceIds.JapanMofAssetFreeze;

    /// <inheritdoc />
    public string Version => "1";

    /// <inheritdoc />
    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
        && Path.GetFileName(fileName).StartsWith("shisantouketsu", StringComparison.OrdinalIgnoreCase)
        && (head.IsEmpty || head.StartsWith(ZipSignature));

    /// <inheritdoc />
    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);

        var warnings = new List<string>();
        var parties = new List<ListedParty>(4096);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var regimeSheets = 0;
        try
        {
            using var stream = new MemoryStream(files.Content, writable: false);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            do
            {
                var sheet = DescribeSheet(reader.Name);
                if (sheet is null)
                {
                    continue;
                }

                regimeSheets++;
                foreach (var party in ReadSheet(reader, sheet, files.FileName, warnings, cancellationToken))
                {
                    if (!ids.Add(party.SourceEntityId))
                    {
                        throw new ListFormatException(Source, files.FileName, $"the id {party.SourceEntityId} appears twice on sheet '{sheet.Name}'");
                    }

                    parties.Add(party);
                }
            }
            while (reader.NextResult());
        }
        catch (Exception exception) when (exception is not (ListFormatException or OperationCanceledException))
        {
            throw new ListFormatException(Source, files.FileName, $"it is not a readable Excel workbook ({exception.GetType().Name}: {exception.Message})", exception);
        }

        if (regimeSheets == 0 || parties.Count == 0)
        {
            throw new ListFormatException(Source, files.FileName, "no regime sheet with a 告示日付 header row and targets was found");
        }

        return new ParsedList(parties, EditionFromFileName(files.FileName)) { Warnings = warnings };
    }

    /// <summary>Returns the regime sheet described by the name, or null for the index sheet and lifted regimes.</summary>
    internal static MofSheet? DescribeSheet(string sheetName)
    {
        var match = NumberedSheet().Match(sheetName);
        if (!match.Success || sheetName.Contains("【解除】", StringComparison.Ordinal))
        {
            return null;
        }

        var program = match.Groups["title"].Value.Trim();
        var kind = program switch
        {
            _ when program.Contains("個人", StringComparison.Ordinal) => PartyKind.Person,
            _ when program.Contains("団体", StringComparison.Ordinal) || program.Contains("銀行", StringComparison.Ordinal) => PartyKind.Organization,
            _ => PartyKind.Unknown,
        };
        return new MofSheet(sheetName, int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture), program, kind);
    }

    private static IEnumerable<ListedParty> ReadSheet(
        IExcelDataReader reader, MofSheet sheet, string fileName, List<string> warnings, CancellationToken cancellationToken)
    {
        var (columns, rowNumber) = FindHeader(reader);
        if (columns is null)
        {
            warnings.Add($"sheet '{sheet.Name}': no header row starting with 告示日付 in the first {MaxHeaderRow} rows; the sheet was skipped");
            return [];
        }

        var records = new List<MofRecord>();
        MofRecord? current = null;
        var dateIndex = columns.IndexOf(MofField.NoticeDate);
        var numberIndex = columns.IndexOf(MofField.NoticeNumber);
        var japaneseIndex = columns.IndexOf(MofField.NameJapanese);
        var englishIndex = columns.IndexOf(MofField.NameEnglish);
        // Sheets carry thousands of formatted empty rows after the data, so a row gets its own array only
        // once it has content.
        var buffer = new object?[columns.Fields.Length];
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rowNumber++;
            var empty = true;
            Array.Clear(buffer);
            for (var index = 0; index < buffer.Length && index < reader.FieldCount; index++)
            {
                buffer[index] = reader.GetValue(index);
                empty &= MofCells.IsEmpty(buffer[index]);
            }

            if (empty)
            {
                continue;
            }

            var values = (object?[])buffer.Clone();

            var noticeDate = MofCells.Text(values[dateIndex]);
            if (noticeDate.Contains("削除", StringComparison.Ordinal))
            {
                current = null;
                continue;
            }

            var hasName = !MofCells.IsEmpty(values[japaneseIndex]) || !MofCells.IsEmpty(values[englishIndex]);
            var startsTarget = hasName || !MofCells.IsEmpty(values[dateIndex]) || !MofCells.IsEmpty(values[numberIndex]);
            if (!startsTarget)
            {
                if (current is null)
                {
                    warnings.Add($"sheet '{sheet.Name}' row {rowNumber}: text without a target above it was skipped");
                }
                else
                {
                    current.Append(values);
                }

                continue;
            }

            if (!hasName)
            {
                warnings.Add($"sheet '{sheet.Name}' row {rowNumber}: 告示番号 '{MofCells.Text(values[numberIndex])}' has no name and is not marked 削除; it was skipped");
                current = null;
                continue;
            }

            current = new MofRecord(sheet, rowNumber, values);
            records.Add(current);
        }

        return records.Select(record => MofRecordMapper.Map(record, columns, fileName));
    }

    private static (MofColumns? Columns, int RowNumber) FindHeader(IExcelDataReader reader)
    {
        var rowNumber = 0;
        while (rowNumber < MaxHeaderRow && reader.Read())
        {
            rowNumber++;
            var cells = new string[reader.FieldCount];
            for (var index = 0; index < cells.Length; index++)
            {
                cells[index] = MofCells.Text(reader.GetValue(index));
            }

            var columns = MofColumns.TryFind(cells);
            if (columns is not null)
            {
                return (columns, rowNumber);
            }
        }

        return (null, rowNumber);
    }

    /// <summary>Returns the date in the file name (<c>shisantouketsu20260305.xlsx</c>); the workbook states none in its cells.</summary>
    private static DateOnly? EditionFromFileName(string fileName)
    {
        var match = FileNameDate().Match(Path.GetFileName(fileName));
        return match.Success && DateOnly.TryParseExact(match.Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    [GeneratedRegex(@"^\s*(?<number>\d+)\s*\.(?<title>.*)$")]
    private static partial Regex NumberedSheet();

    [GeneratedRegex(@"\d{8}")]
    private static partial Regex FileNameDate();
}
