using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists.Sources.JapanMofAssetFreeze;

/// <summary>A regime sheet of the MOF workbook: <c>14.北朝鮮(決議1718号等；団体)</c> has regime number 14.</summary>
/// <param name="Name">The sheet name as printed.</param>
/// <param name="RegimeNumber">The number before the dot, which is also the regime's number in the index sheet.</param>
/// <param name="Program">The sheet name without the number and surrounding spaces, used as the programme.</param>
/// <param name="Kind">Person or Organization when the sheet name says 個人 or 団体/銀行; Unknown for mixed sheets.</param>
internal sealed record MofSheet(string Name, int RegimeNumber, string Program, PartyKind Kind);

/// <summary>The cells of one target, with the cells of its continuation rows appended line by line.</summary>
internal sealed class MofRecord(MofSheet sheet, int rowNumber, object?[] values)
{
    public MofSheet Sheet { get; } = sheet;

    public int RowNumber { get; } = rowNumber;

    public object?[] Values { get; } = values;

    public string Location => $"sheet '{Sheet.Name}' row {RowNumber}";

    /// <summary>Appends the non-empty cells of a continuation row, which carries on the text of the row above.</summary>
    public void Append(object?[] continuation)
    {
        for (var index = 0; index < Math.Min(Values.Length, continuation.Length); index++)
        {
            var addition = MofCells.Text(continuation[index]);
            if (addition.Length == 0)
            {
                continue;
            }

            var existing = MofCells.Text(Values[index]);
            Values[index] = existing.Length == 0 ? addition : existing + "\n" + addition;
        }
    }
}
