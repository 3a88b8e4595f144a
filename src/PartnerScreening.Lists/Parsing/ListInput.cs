using System.Text;

namespace PartnerScreening.Lists.Parsing;

/// <summary>
/// Checks shared by every list parser on the raw bytes of a download, before the format's own reader runs.
/// </summary>
internal static class ListInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<head", "<body", "<title"];

    /// <summary>
    /// Rejects an empty file and an HTML page served in place of the list (an error, maintenance or login page).
    /// The message names the expected file with <paramref name="expected"/>, e.g. "the OFAC SDN CSV file".
    /// </summary>
    public static void EnsureNotEmptyOrHtml(string source, string fileName, ReadOnlySpan<byte> content, string expected)
    {
        if (content.IsEmpty)
        {
            throw new ListFormatException(source, fileName, $"the file is empty, not {expected}");
        }

        if (LooksLikeHtml(content))
        {
            throw new ListFormatException(source, fileName, $"the file is an HTML page, not {expected} (the server probably returned an error or login page instead of the list)");
        }
    }

    /// <summary>Returns true when the first non-blank characters are an HTML doctype or an HTML tag.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 1024)];
        var text = Encoding.UTF8.GetString(SkipByteOrderMark(head)).TrimStart();
        foreach (var marker in HtmlMarkers)
        {
            if (text.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Decodes text as UTF-8 without its byte order mark. A file that is not valid UTF-8 is read as Windows-1252,
    /// because older OFAC and BIS files use it.
    /// </summary>
    public static string DecodeText(ReadOnlySpan<byte> content)
    {
        var body = SkipByteOrderMark(content);
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(body);
        }
    }

    public static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;

    /// <summary>Returns true when the head (after a byte order mark and blanks) starts with the given ASCII text.</summary>
    public static bool HeadStartsWith(ReadOnlySpan<byte> head, string prefix)
    {
        var body = SkipByteOrderMark(head);
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, prefix.Length + 64)]).TrimStart();
        return text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Returns true when the head (decoded as UTF-8) contains the given text, e.g. a root element name.</summary>
    public static bool HeadContains(ReadOnlySpan<byte> head, string text) =>
        Encoding.UTF8.GetString(SkipByteOrderMark(head)).Contains(text, StringComparison.Ordinal);

    public static bool HasExtension(string fileName, params string[] extensions)
    {
        var extension = Path.GetExtension(fileName);
        return extensions.Any(candidate => extension.Equals(candidate, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Windows-1252 without the code pages provider: Latin-1 with the 0x80–0x9F block mapped.</summary>
    private static class Windows1252
    {
        private static readonly char[] HighBlock =
        [
            '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
            '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
            '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
            '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
        ];

        public static string GetString(ReadOnlySpan<byte> bytes)
        {
            return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    var value = source[i];
                    chars[i] = value is >= 0x80 and <= 0x9F ? HighBlock[value - 0x80] : (char)value;
                }
            });
        }
    }
}
