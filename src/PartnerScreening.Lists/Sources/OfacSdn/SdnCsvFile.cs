using CsvHelper;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.OfacSdn;

/// <summary>Reads one headerless file of the legacy SDN CSV set into rows of a fixed column count.</summary>
internal static class SdnCsvFile
{
    private const char DosEndOfFile = '\u001A';

    /// <summary>
    /// Returns the rows, each padded or cut to the column count. The first field must be the entity number.
    /// A header row, or a first row with another column count, makes the file invalid.
    /// </summary>
    public static List<string[]> Read(string source, string fileName, byte[] content, string[] columns, string expected)
    {
        ListInput.EnsureNotEmptyOrHtml(source, fileName, content, expected);
        var text = ListInput.DecodeText(content).Replace(DosEndOfFile.ToString(), string.Empty, StringComparison.Ordinal);

        using var csv = CsvReader.FromText(text, new CsvReaderOptions { Separator = ',', HasHeader = false });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            if (csv.FieldCount == 1 && string.IsNullOrWhiteSpace(csv.GetString(0)))
            {
                continue;
            }

            var row = new string[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                row[i] = i < csv.FieldCount ? csv.GetString(i).Trim() : string.Empty;
            }

            if (rows.Count == 0)
            {
                EnsureFirstRowShape(source, fileName, columns, csv.FieldCount, row[0]);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static void EnsureFirstRowShape(string source, string fileName, string[] columns, int fieldCount, string firstField)
    {
        if (fieldCount != columns.Length || !long.TryParse(firstField, out _))
        {
            throw new ListFormatException(
                source,
                fileName,
                $"the first row has {fieldCount} fields starting with '{Truncate(firstField)}'; expected no header row and the {columns.Length} columns {string.Join(", ", columns)}, the first being a numeric entity number");
        }
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
