using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartnerScreening.Screenings.Batch;

/// <summary>Writes the results of a batch as an Excel workbook: one row per input row, best hit first.</summary>
public static class BatchResultWriter
{
    private static readonly string[] HeaderJa =
    [
        "行", "名称", "国", "判定", "最高スコア", "最も近い掲載名", "リスト", "説明", "審査ID", "エラー",
    ];

    public static byte[] Write(BatchJob job)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            sheetPart.Worksheet = new Worksheet(data);

            data.Append(Row(HeaderJa.Select(Text)));
            foreach (var result in job.Results)
            {
                data.Append(ResultRow(result));
            }

            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "審査結果" });
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row ResultRow(BatchRowResult result)
    {
        var screening = result.Screening;
        var best = screening?.Groups.FirstOrDefault()?.Hits.FirstOrDefault();
        var decision = screening?.Decision switch
        {
            "alert" => "警告 (alert)",
            "review" => "要確認 (review)",
            "clear" => "該当なし (clear)",
            _ => "",
        };
        return Row(
        [
            Number(result.Row.RowNumber),
            Text(result.Row.Name ?? ""),
            Text(screening?.Subject.Country ?? result.Row.Country ?? ""),
            Text(decision),
            screening is null ? Text("") : Number(screening.TopScore),
            Text(best?.MatchedName ?? ""),
            Text(best is null ? "" : ListSourceLabels.For(best.Source).Badge),
            Text(best?.Explanation.SummaryJa ?? ""),
            Text(screening?.Id ?? ""),
            Text(result.Error ?? ""),
        ]);
    }

    private static Row Row(IEnumerable<Cell> cells)
    {
        var row = new Row();
        row.Append(cells);
        return row;
    }

    private static Cell Text(string value) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(Sanitize(value)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell Number(double value) => new()
    {
        DataType = CellValues.Number,
        CellValue = new CellValue(value),
    };

    // A cell text starting with = + - @ would be read as a formula by some spreadsheet programs (CSV/Excel injection).
    private static string Sanitize(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
}
