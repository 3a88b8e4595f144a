using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnerScreening.Testing;

/// <summary>
/// Writes a one-sheet .xlsx file the way Excel stores it: text as inline strings, numbers as numbers, and
/// <see cref="DateOnly"/> values as date serial numbers with a date format, so readers see real date cells.
/// </summary>
public static class XlsxWorkbook
{
    public static void Write(string path, IReadOnlyList<IReadOnlyList<object?>> rows, string sheetName = "Sheet1")
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));

        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (Cell(rows[r][c], ColumnName(c) + (r + 1)) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName });
        workbookPart.Workbook.Save();
    }

    private static Cell? Cell(object? value, string reference) => value switch
    {
        null => null,
        DateOnly date => new Cell
        {
            CellReference = reference,
            StyleIndex = 1,
            DataType = CellValues.Number,
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()),
        },
        double number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
        int number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
        _ => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
