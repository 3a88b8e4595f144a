using System.Globalization;

namespace PartnerScreening.Lists.Sources.MetiEndUserList;

/// <summary>Edition date of an End User List file.</summary>
internal static class MetiEditionDate
{
    /// <summary>
    /// Returns the date METI puts at the start of the file name (<c>20250929_4.xlsx</c>, <c>20250131003-1.pdf</c>),
    /// or null when the name does not start with a valid yyyyMMdd date. The workbook itself states no date in its
    /// cells, so the file name is the only date the Excel edition carries.
    /// </summary>
    public static DateOnly? FromFileName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        if (name.Length < 8)
        {
            return null;
        }

        return DateOnly.TryParseExact(name.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
