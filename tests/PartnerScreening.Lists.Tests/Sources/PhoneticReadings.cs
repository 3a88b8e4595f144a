using System.IO.Compression;
using System.Text.RegularExpressions;

namespace PartnerScreening.Lists.Tests.Sources;

/// <summary>
/// Reads the Japanese phonetic runs (<c>rPh</c>, furigana) of a workbook's shared strings, to check that a parser
/// lets none of them into its output.
/// </summary>
public static partial class PhoneticReadings
{
    /// <summary>
    /// Returns the readings of two or more characters that never occur in the visible text of the workbook, so
    /// finding one in parsed output can only mean the reading leaked.
    /// </summary>
    public static HashSet<string> NotInVisibleText(string workbookPath)
    {
        using var archive = ZipFile.OpenRead(workbookPath);
        using var reader = new StreamReader(archive.GetEntry("xl/sharedStrings.xml")!.Open());
        var xml = reader.ReadToEnd();
        var readings = PhoneticRun().Matches(xml).Select(match => match.Groups[1].Value).Where(reading => reading.Length >= 2);
        var visible = string.Join('\n', TextElement().Matches(PhoneticRun().Replace(xml, string.Empty)).Select(match => match.Groups[1].Value));
        return readings.Where(reading => !visible.Contains(reading, StringComparison.Ordinal)).ToHashSet();
    }

    [GeneratedRegex("<rPh[^>]*>\\s*<t[^>]*>([^<]*)</t>\\s*</rPh>")]
    private static partial Regex PhoneticRun();

    [GeneratedRegex("<t[^>]*>([^<]*)</t>")]
    private static partial Regex TextElement();
}
