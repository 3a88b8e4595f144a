using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PartnerScreening.Storage.Registry.Import;

/// <summary>
/// Reads a date from a ledger cell: an Excel date, an Excel serial number, ISO or Japanese slash, dot and
/// 年月日 forms, and Japanese era dates (令和7年4月1日, R7.4.1). Day-first and month-first forms such as 4/1/2025
/// are rejected because they are ambiguous.
/// </summary>
public static partial class LedgerDates
{
    /// <summary>Returns true and the date, or false and the reason in Japanese and English.</summary>
    public static bool TryParse(object? cell, out DateOnly date, out string? problemJa, out string? problemEn)
    {
        date = default;
        problemJa = null;
        problemEn = null;
        switch (cell)
        {
            case DateTime dateTime:
                date = DateOnly.FromDateTime(dateTime);
                return true;
            case double serial when serial is >= 1 and < 2958466 && serial == Math.Floor(serial):
                date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                return true;
        }

        var text = Convert.ToString(cell, CultureInfo.InvariantCulture)?.Normalize(NormalizationForm.FormKC).Trim() ?? "";
        if (TryParseText(text, out date, out var impossible))
        {
            return true;
        }

        if (impossible)
        {
            problemJa = $"日付「{text}」は存在しない日付です。";
            problemEn = $"Date '{text}' does not exist on the calendar.";
        }
        else
        {
            problemJa = $"日付「{text}」を読み取れません。YYYY-MM-DD、YYYY/MM/DD、YYYY年M月D日、令和7年4月1日 の形式で入力してください。";
            problemEn = $"Date '{text}' is not in a recognised format; use YYYY-MM-DD, YYYY/MM/DD, YYYY年M月D日 or a Japanese era date such as 令和7年4月1日.";
        }

        return false;
    }

    private static bool TryParseText(string text, out DateOnly date, out bool impossible)
    {
        date = default;
        impossible = false;
        int year;
        Match match;
        if ((match = GregorianPattern().Match(text)).Success)
        {
            year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        else if ((match = CompactPattern().Match(text)).Success)
        {
            year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        else if ((match = EraPattern().Match(text)).Success)
        {
            var eraYear = match.Groups["n"].Value == "元" ? 1 : int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            year = EraStart(match.Groups["era"].Value) + eraYear - 1;
        }
        else
        {
            return false;
        }

        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            impossible = true;
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int EraStart(string era) => era switch
    {
        "令和" or "R" or "r" => 2019,
        "平成" or "H" or "h" => 1989,
        "昭和" or "S" or "s" => 1926,
        _ => throw new ArgumentOutOfRangeException(nameof(era), era, "Unknown Japanese era."),
    };

    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?(\s+0{1,2}:0{2}(:0{2})?)?$")]
    private static partial Regex GregorianPattern();

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$")]
    private static partial Regex CompactPattern();

    [GeneratedRegex(@"^(?<era>令和|平成|昭和|[RHSrhs])\s*(?<n>元|\d{1,2})\s*[年./-]\s*(?<m>\d{1,2})\s*[月./-]\s*(?<d>\d{1,2})\s*日?$")]
    private static partial Regex EraPattern();
}
