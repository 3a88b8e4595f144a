using System.Text.RegularExpressions;

namespace PartnerScreening.Lists.Sources.MetiEndUserList;

/// <summary>Recognises End User List files by name, so that other lists' PDF and Excel files are not claimed.</summary>
internal static partial class MetiFileNames
{
    /// <summary>
    /// Returns true for METI's own names (<c>20250929_4.xlsx</c>, <c>20250131003-1.pdf</c>: a yyyyMMdd date, then
    /// digits, <c>_</c> or <c>-</c>) and for names that say what they are (containing <c>meti</c>, <c>eul</c> or
    /// <c>enduser</c>), with the given extension.
    /// </summary>
    public static bool IsEndUserList(string fileName, string extension)
    {
        var name = Path.GetFileName(fileName);
        if (!name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var stem = name[..^extension.Length];
        return MetiPublishedName().IsMatch(stem) || DescriptiveName().IsMatch(stem);
    }

    [GeneratedRegex(@"^\d{8}[\d_-]*$")]
    private static partial Regex MetiPublishedName();

    [GeneratedRegex(@"meti|(?<![a-z])eul(?![a-z])|end[-_ ]?user", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptiveName();
}
