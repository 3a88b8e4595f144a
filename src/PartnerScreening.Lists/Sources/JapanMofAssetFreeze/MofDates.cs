using System.Globalization;
using System.Text.RegularExpressions;
using PartnerScreening.Lists.Text;

namespace PartnerScreening.Lists.Sources.JapanMofAssetFreeze;

/// <summary>Converts the date notations of the MOF workbook to ISO 8601.</summary>
internal static partial class MofDates
{
    /// <summary>
    /// Converts an Excel serial date of the 1900 date system (the workbook's system) to ISO 8601. Excel counts
    /// the non-existent 1900-02-29 as day 60, so serials from 61 on are one day ahead of a plain day count.
    /// </summary>
    public static string FromSerial(double serial)
    {
        var days = (int)Math.Floor(serial);
        var origin = days >= 61 ? new DateOnly(1899, 12, 30) : new DateOnly(1899, 12, 31);
        return origin.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Reads the notice date cell: the designation date <c>2001.9.22</c>, then revision lines such as
    /// <c>2008.6.25改訂</c>. Returns the designation date and the revision dates, each as ISO 8601 or, when it does
    /// not parse, as printed.
    /// </summary>
    public static (string? Listed, List<string> Amended) ParseNoticeDates(string cell)
    {
        string? listed = null;
        var amended = new List<string>();
        foreach (var line in CellText.Lines(CellText.Normalize(cell)))
        {
            var isRevision = line.EndsWith("改訂", StringComparison.Ordinal);
            var text = isRevision ? line[..^2].Trim() : line;
            var value = TryDotted(text) ?? text;
            if (isRevision || listed is not null)
            {
                amended.Add(value);
            }
            else
            {
                listed = value;
            }
        }

        return (listed, amended);
    }

    /// <summary>
    /// Reads a date of birth written in Japanese: <c>1963年9月12日</c> becomes <c>1963-09-12</c>, <c>1963年9月</c>
    /// becomes <c>1963-09</c> and <c>1963年</c> becomes <c>1963</c>. Returns null for other text (ranges, "頃", several
    /// dates), which the caller keeps as printed.
    /// </summary>
    public static string? TryJapanese(string text)
    {
        var match = JapaneseDate().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["month"].Success)
        {
            return year.ToString("D4", CultureInfo.InvariantCulture);
        }

        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["day"].Success)
        {
            return month is >= 1 and <= 12 ? $"{year:D4}-{month:D2}" : null;
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return IsValid(year, month, day) ? $"{year:D4}-{month:D2}-{day:D2}" : null;
    }

    private static string? TryDotted(string text)
    {
        var match = DottedDate().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return IsValid(year, month, day) ? $"{year:D4}-{month:D2}-{day:D2}" : null;
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1800 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    [GeneratedRegex(@"^(?<year>\d{4})\.(?<month>\d{1,2})\.(?<day>\d{1,2})$")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"^(?<year>\d{4})年(?:(?<month>\d{1,2})月(?:(?<day>\d{1,2})日)?)?$")]
    private static partial Regex JapaneseDate();
}
