using System.Text;
using System.Text.RegularExpressions;

namespace PartnerScreening.Crawling.Text;

/// <summary>Where the charset used to decode a page came from.</summary>
public enum CharsetSource
{
    ByteOrderMark,
    Header,
    MetaTag,
    Detected,
    Default,
}

/// <summary>A decoded page: the text, the charset declared by the page (if any), the charset used and where it came from.</summary>
public sealed record DecodedText(string Text, string? DeclaredCharset, string UsedCharset, CharsetSource Source, double ReplacementRatio);

/// <summary>
/// Decodes HTML bytes following the WHATWG sniffing order: byte order mark, the Content-Type charset, a meta prescan of
/// the first 1024 bytes, then detection among UTF-8 and the legacy encodings common on partner sites. A declared charset
/// that produces many invalid sequences is replaced by a cleaner detected one, and both are recorded.
/// </summary>
public static partial class CharsetDecoder
{
    private const double AcceptableReplacementRatio = 0.005;

    private static readonly int[] Candidates = [65001, 54936, 950, 932, 949, 51932, 1251, 1252];

    public static DecodedText Decode(byte[] body, string? headerCharset)
    {
        if (FromByteOrderMark(body) is { } bom)
        {
            return bom;
        }

        var declaredLabel = headerCharset;
        var source = CharsetSource.Header;
        var declared = EncodingLabels.Resolve(headerCharset);
        if (declared is null && PrescanMeta(body) is { } metaLabel)
        {
            declaredLabel = metaLabel;
            source = CharsetSource.MetaTag;
            declared = EncodingLabels.Resolve(metaLabel);

            // A meta tag can only be read by an ASCII-compatible decoder, so a UTF-16 label there means UTF-8 (WHATWG).
            if (declared is { CodePage: 1200 or 1201 })
            {
                declared = EncodingLabels.Strict(65001);
            }
        }

        if (declared is not null)
        {
            var text = declared.GetString(body);
            var ratio = ReplacementRatio(text);
            if (ratio <= AcceptableReplacementRatio)
            {
                return new DecodedText(text, declaredLabel, EncodingLabels.DisplayName(declared), source, ratio);
            }

            var detected = Detect(body);
            return detected.ReplacementRatio < ratio
                ? detected with { DeclaredCharset = declaredLabel }
                : new DecodedText(text, declaredLabel, EncodingLabels.DisplayName(declared), source, ratio);
        }

        return Detect(body) with { DeclaredCharset = declaredLabel };
    }

    private static DecodedText? FromByteOrderMark(byte[] body)
    {
        var (codePage, length) = body switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (65001, 3),
            [0xFF, 0xFE, ..] => (1200, 2),
            [0xFE, 0xFF, ..] => (1201, 2),
            _ => (0, 0),
        };
        if (codePage == 0)
        {
            return null;
        }

        var encoding = EncodingLabels.Strict(codePage);
        var text = encoding.GetString(body, length, body.Length - length);
        return new DecodedText(text, null, encoding.WebName, CharsetSource.ByteOrderMark, ReplacementRatio(text));
    }

    /// <summary>Finds a charset in a <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv content&gt;</c> within the first 1024 bytes.</summary>
    internal static string? PrescanMeta(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 1024));
        foreach (Match meta in MetaTag().Matches(head))
        {
            var charset = CharsetAttribute().Match(meta.Value);
            if (charset.Success)
            {
                return charset.Groups["label"].Value;
            }
        }

        return null;
    }

    /// <summary>Chooses the candidate encoding with the fewest invalid sequences, preferring text in the script it is meant for.</summary>
    private static DecodedText Detect(byte[] body)
    {
        DecodedText? best = null;
        var bestScore = double.MaxValue;
        foreach (var codePage in Candidates)
        {
            var encoding = EncodingLabels.Strict(codePage);
            var text = encoding.GetString(body);
            var ratio = ReplacementRatio(text);
            if (codePage == 65001 && ratio == 0)
            {
                return new DecodedText(text, null, "utf-8", CharsetSource.Detected, 0);
            }

            // Invalid sequences weigh most; among clean candidates the one whose letters fit its script best wins.
            var score = (ratio * 100) - ScriptFit(codePage, text);
            if (score < bestScore)
            {
                bestScore = score;
                best = new DecodedText(text, null, EncodingLabels.DisplayName(encoding), CharsetSource.Detected, ratio);
            }
        }

        return best!;
    }

    /// <summary>
    /// Scores how well decoded text fits the script its code page is for. Wrong guesses show typical marks: accented Latin
    /// letters for CJK bytes read as windows-1252, Cyrillic of random case for CJK bytes read as windows-1251, Hanja mixed
    /// into Hangul for Chinese bytes read as code page 949, half-width katakana for Chinese bytes read as Shift_JIS.
    /// </summary>
    private static double ScriptFit(int codePage, string text)
    {
        int letters = 0, han = 0, kana = 0, hangul = 0, cyrillicLower = 0, cyrillicUpper = 0, ascii = 0, rare = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            switch (c)
            {
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                case >= '\u0400' and <= '\u042F': cyrillicUpper++; break;
                case >= '\u0430' and <= '\u045F': cyrillicLower++; break;
                case < '\u0080': ascii++; break;
                default: rare++; break;
            }
        }

        if (letters == 0)
        {
            return 0;
        }

        double Share(int count) => (double)count / letters;
        var fit = codePage switch
        {
            54936 => Share(han),
            // NOTE: Big5 bytes also decode cleanly as GB18030, so an undeclared Big5 page is usually read as GB18030.
            950 => Share(han) * 0.98,
            932 or 51932 => Share(han + kana) + Share(kana),
            949 => (Share(hangul) * 1.5) - Share(han),
            1251 => Share(cyrillicLower) - (Share(cyrillicUpper) * 0.5),
            1252 => Share(ascii) * 0.9,
            _ => 0,
        };

        return fit - Share(rare);
    }

    private static double ReplacementRatio(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var count = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                count++;
            }
        }

        return (double)count / text.Length;
    }

    [GeneratedRegex("<meta\\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex("charset\\s*=\\s*[\"']?\\s*(?<label>[A-Za-z0-9_\\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetAttribute();
}
