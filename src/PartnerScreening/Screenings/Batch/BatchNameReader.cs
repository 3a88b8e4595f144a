using System.Globalization;
using System.Text;
using CsvHelper;
using ExcelDataReader;

namespace PartnerScreening.Screenings.Batch;

/// <summary>One row of a batch file: the name and the optional country and kind, with its row number in the file.</summary>
public sealed record BatchRow(int RowNumber, string? Name, string? Country, string? Kind);

/// <summary>
/// Reads the names of a batch file: an Excel workbook (.xlsx, first sheet) or a CSV file (UTF-8, or Shift_JIS as
/// Japanese Excel saves CSV by default). Column A is the
/// name, B the optional ISO country code, C the optional kind. A first row whose first cell is a header
/// (name, 名称, 氏名, 機関名, 企業名) is skipped.
/// </summary>
public static class BatchNameReader
{
    public const int MaxRows = 5000;

    private static readonly HashSet<string> HeaderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "names", "名称", "氏名", "名前", "機関名", "企業名", "組織名", "相手先",
    };

    /// <exception cref="InvalidDataException">The file is not a readable workbook or CSV file, or has too many rows.</exception>
    public static IReadOnlyList<BatchRow> Read(Stream content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var rows = extension switch
        {
            ".xlsx" => ReadWorkbook(content),
            ".csv" or ".txt" => ReadCsv(content),
            _ => throw new InvalidDataException($"The file '{fileName}' is neither .xlsx nor .csv; save the names as an Excel workbook (.xlsx) or a CSV file."),
        };

        if (rows.Count > 0 && HeaderWords.Contains(rows[0].Name?.Trim() ?? ""))
        {
            rows.RemoveAt(0);
        }

        rows.RemoveAll(row => string.IsNullOrWhiteSpace(row.Name) && string.IsNullOrWhiteSpace(row.Country));
        if (rows.Count > MaxRows)
        {
            throw new InvalidDataException($"The file has {rows.Count} names; the maximum per batch is {MaxRows}. Split it into several files.");
        }

        return rows;
    }

    private static List<BatchRow> ReadWorkbook(Stream content)
    {
        var rows = new List<BatchRow>();
        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(content);
            var rowNumber = 0;
            while (reader.Read())
            {
                rowNumber++;
                rows.Add(new BatchRow(rowNumber, Cell(reader, 0), Cell(reader, 1), Cell(reader, 2)));
                if (rows.Count > MaxRows + 1)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is not InvalidDataException and not OperationCanceledException)
        {
            throw new InvalidDataException("The workbook could not be read; open it in Excel and save it again as .xlsx.", exception);
        }

        return rows;
    }

    private static string? Cell(IExcelDataReader reader, int column) =>
        column < reader.FieldCount ? Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture) : null;

    private static List<BatchRow> ReadCsv(Stream content)
    {
        var rows = new List<BatchRow>();
        using var csv = CsvReader.FromText(DecodeCsv(content), new CsvReaderOptions { HasHeader = false, SkipEmptyLines = false });
        var rowNumber = 0;
        while (csv.Read())
        {
            rowNumber++;
            rows.Add(new BatchRow(rowNumber, Field(csv, 0), Field(csv, 1), Field(csv, 2)));
            if (rows.Count > MaxRows + 1)
            {
                break;
            }
        }

        return rows;
    }

    /// <summary>
    /// Decodes a CSV file as UTF-8, or UTF-16 with a byte-order mark. A file that is not valid UTF-8 is read as
    /// Shift_JIS (code page 932), because Japanese Excel saves "CSV (comma delimited)" so. Read as UTF-8, its
    /// Japanese names would become replacement characters that match nothing.
    /// </summary>
    private static string DecodeCsv(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.ToArray();
        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback).GetString(bytes);
        }
    }

    private static string? Field(CsvReader csv, int index) =>
        index < csv.FieldCount ? csv.GetString(index) : null;
}
