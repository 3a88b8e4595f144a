using System.Globalization;
using System.Text;

namespace PartnerScreening.Crawling.Robots;

/// <summary>
/// Percent-encoding normalisation applied to robots.txt patterns and request paths before they are compared (RFC 9309 section 2.2.2):
/// characters outside US-ASCII are UTF-8 percent-encoded, hex digits are upper-cased and encoded unreserved characters are decoded.
/// </summary>
internal static class RobotsPath
{
    public static string Normalize(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
            {
                var decoded = (char)int.Parse(value.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (IsUnreserved(decoded))
                {
                    builder.Append(decoded);
                }
                else
                {
                    builder.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                }

                i += 2;
            }
            else if (c > 0x7F || char.IsControl(c) || c == ' ')
            {
                var length = char.IsHighSurrogate(c) && i + 1 < value.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(value.Substring(i, length)))
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The path and query of <paramref name="uri"/> as robots.txt rules see it.</summary>
    public static string FromUri(Uri uri)
    {
        var pathAndQuery = uri.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);
        return Normalize(string.IsNullOrEmpty(pathAndQuery) ? "/" : pathAndQuery);
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';
}
