using System.Globalization;

namespace PartnerScreening.Lists.Sources.JapanMofAssetFreeze;

/// <summary>Reads the values ExcelDataReader returns for a cell (string, double, DateTime, bool or null).</summary>
internal static class MofCells
{
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        double number => number.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static bool IsEmpty(object? value) => value is null || (value is string text && string.IsNullOrWhiteSpace(text));
}
