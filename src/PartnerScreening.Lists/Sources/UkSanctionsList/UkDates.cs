using System.Globalization;
using System.Text.RegularExpressions;

namespace PartnerScreening.Lists.Sources.UkSanctionsList;

/// <summary>Reads the UK list's dates: dd/mm/yyyy, with <c>dd</c> and <c>mm</c> left as placeholders when unknown.</summary>
internal static partial class UkDates
{
    /// <summary>
    /// Converts "05/03/1968" to "1968-03-05", "dd/mm/1968" or "00/00/1968" to "1968" and "dd/03/1968" to "1968-03";
    /// any other text is returned as listed.
    /// </summary>
    public static string? ToIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = DayMonthYear().Match(text.Trim());
        if (!match.Success)
        {
            return text.Trim();
        }

        var day = match.Groups["day"].Value;
        var month = match.Groups["month"].Value;
        var year = match.Groups["year"].Value;
        if (!IsKnown(month))
        {
            return year;
        }

        var monthNumber = int.Parse(month, CultureInfo.InvariantCulture);
        return IsKnown(day)
            ? $"{year}-{monthNumber:D2}-{int.Parse(day, CultureInfo.InvariantCulture):D2}"
            : $"{year}-{monthNumber:D2}";
    }

    /// <summary>Reads the edition date from "dd/mm/yyyy" or an ISO 8601 date and time.</summary>
    public static DateOnly? ParseEdition(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var generated)
            ? DateOnly.FromDateTime(generated.UtcDateTime)
            : null;
    }

    private static bool IsKnown(string part) => part.All(char.IsAsciiDigit) && int.Parse(part, CultureInfo.InvariantCulture) > 0;

    [GeneratedRegex(@"^(?<day>\d{1,2}|dd)/(?<month>\d{1,2}|mm)/(?<year>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();
}
