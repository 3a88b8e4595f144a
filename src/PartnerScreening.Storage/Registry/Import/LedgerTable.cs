using System.Globalization;
using System.Text;
using CsvHelper;
using ExcelDataReader;

namespace PartnerScreening.Storage.Registry.Import;

/// <summary>A ledger file read into cells: the header row and the data rows with their row numbers in the file.</summary>
public sealed record LedgerTable(string FileName, int HeaderRowNumber, IReadOnlyList<string> Headers, IReadOnlyList<LedgerRow> Rows);

/// <summary>A data row: its 1-based row number in the file (as Excel shows it) and its cells, which may be dates or numbers.</summary>
public sealed record LedgerRow(int RowNumber, IReadOnlyList<object?> Cells)
{
    public object? this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : null;

    public bool IsEmpty => Cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)));
}

/// <summary>Reads the first worksheet of an .xlsx or .xls file, or a CSV file in UTF-8 or Shift_JIS.</summary>
public static class LedgerFileReader
{
    /// <summary>Rows searched for the header row; ledgers often start with a title line.</summary>
    private const int HeaderSearchRows = 10;

    static LedgerFileReader()
    {
        // ExcelDataReader and Shift_JIS CSV files need the legacy code pages.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static LedgerTable Read(string fileName, Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var rows = extension switch
        {
            ".xlsx" or ".xlsm" or ".xls" => ReadExcel(fileName, content),
            ".csv" or ".txt" or ".tsv" => ReadCsv(content, extension == ".tsv" ? '\t' : null),
            _ => throw new LedgerImportException(
                $"ファイル「{fileName}」の形式（{extension}）には対応していません。Excel（.xlsx）または CSV を指定してください。",
                $"The file '{fileName}' has an unsupported type '{extension}'; use an Excel (.xlsx) or CSV file."),
        };

        var headerIndex = FindHeaderRow(rows);
        if (headerIndex < 0)
        {
            throw new LedgerImportException(
                $"ファイル「{fileName}」に見出し行がありません。",
                $"The file '{fileName}' is empty or has no header row.");
        }

        var headers = rows[headerIndex].Cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)?.Trim() ?? "").ToArray();
        var data = rows.Skip(headerIndex + 1).Where(r => !r.IsEmpty).ToArray();
        return new LedgerTable(fileName, rows[headerIndex].RowNumber, headers, data);
    }

    private static int FindHeaderRow(IReadOnlyList<LedgerRow> rows)
    {
        var firstNonEmpty = -1;
        for (var i = 0; i < Math.Min(rows.Count, HeaderSearchRows); i++)
        {
            if (rows[i].IsEmpty)
            {
                continue;
            }

            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }

            var recognised = rows[i].Cells.Count(c => c is string s && LedgerFieldHeaders.Recognise(s) is not null);
            if (recognised >= 2)
            {
                return i;
            }
        }

        return firstNonEmpty;
    }

    private static List<LedgerRow> ReadExcel(string fileName, Stream content)
    {
        var rows = new List<LedgerRow>();
        try
        {
            using var reader = ExcelReaderFactory.CreateReader(content);
            var rowNumber = 0;
            while (reader.Read())
            {
                rowNumber++;
                var cells = new object?[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    cells[i] = reader.GetValue(i);
                }

                rows.Add(new LedgerRow(rowNumber, cells));
            }
        }
        catch (Exception exception) when (exception is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException)
        {
            throw new LedgerImportException(
                $"Excel ファイル「{fileName}」を読み取れません（{exception.Message}）。Excel で開いて .xlsx として保存し直してください。",
                $"The Excel file '{fileName}' could not be read ({exception.Message}); open it in Excel and save it again as .xlsx.",
                exception);
        }

        return rows;
    }

    private static List<LedgerRow> ReadCsv(Stream content, char? delimiter)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var text = Decode(buffer.ToArray());
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = delimiter,
            SkipEmptyLines = false,
            TrackLineNumbers = true,
        };
        var rows = new List<LedgerRow>();
        using var csv = CsvReader.FromText(text, options);
        while (csv.Read())
        {
            var cells = new object?[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i);
            }

            rows.Add(new LedgerRow((int)csv.LineNumber, cells));
        }

        return rows;
    }

    /// <summary>Decodes UTF-8 (with or without a byte order mark), falling back to Shift_JIS, which Excel writes on Japanese Windows.</summary>
    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(932).GetString(bytes);
        }
    }
}

/// <summary>A ledger file that cannot be imported at all; the messages name the file and what to do.</summary>
public sealed class LedgerImportException : Exception
{
    public LedgerImportException(string messageJa, string messageEn)
        : base(messageEn)
    {
        MessageJa = messageJa;
    }

    public LedgerImportException(string messageJa, string messageEn, Exception innerException)
        : base(messageEn, innerException)
    {
        MessageJa = messageJa;
    }

    public string MessageJa { get; }
}
