using System.Globalization;

namespace PartnerScreening.Lists.Parsing;

/// <summary>Detects the ISO 15924 script of a name from its letters.</summary>
internal static class Scripts
{
    /// <summary>
    /// Returns the script of the name's letters: <c>Hani</c>, <c>Kana</c>, <c>Jpan</c> (kana with Han),
    /// <c>Hang</c>, <c>Kore</c> (Hangul with Han), <c>Cyrl</c>, <c>Arab</c>, <c>Hebr</c>, <c>Grek</c>, <c>Thai</c>,
    /// <c>Geor</c>, <c>Armn</c>, <c>Deva</c> or <c>Latn</c>; null when the name has no letters.
    /// </summary>
    public static string? Detect(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        bool han = false, kana = false, hangul = false, latin = false;
        string? other = null;
        for (var i = 0; i < name.Length; i++)
        {
            var codePoint = ReadCodePoint(name, i, out var width);
            i += width - 1;
            if (!IsLetter(codePoint))
            {
                continue;
            }

            switch (codePoint)
            {
                case >= 0x3040 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0xFF66 and <= 0xFF9F:
                    kana = true;
                    break;
                case >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF:
                    han = true;
                    break;
                case >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F or >= 0xAC00 and <= 0xD7AF:
                    hangul = true;
                    break;
                case >= 0x0400 and <= 0x052F:
                    other ??= "Cyrl";
                    break;
                case >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0xFB50 and <= 0xFEFF:
                    other ??= "Arab";
                    break;
                case >= 0x0590 and <= 0x05FF:
                    other ??= "Hebr";
                    break;
                case >= 0x0370 and <= 0x03FF:
                    other ??= "Grek";
                    break;
                case >= 0x0E00 and <= 0x0E7F:
                    other ??= "Thai";
                    break;
                case >= 0x10A0 and <= 0x10FF:
                    other ??= "Geor";
                    break;
                case >= 0x0530 and <= 0x058F:
                    other ??= "Armn";
                    break;
                case >= 0x0900 and <= 0x097F:
                    other ??= "Deva";
                    break;
                default:
                    latin |= codePoint < 0x0250 || codePoint is >= 0x1E00 and <= 0x1EFF or >= 0xFF21 and <= 0xFF5A;
                    break;
            }
        }

        return (han, kana, hangul) switch
        {
            (_, true, _) => han ? "Jpan" : "Kana",
            (true, _, true) => "Kore",
            (_, _, true) => "Hang",
            (true, _, _) => "Hani",
            _ => other ?? (latin ? "Latn" : null),
        };
    }

    private static bool IsLetter(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter;

    private static int ReadCodePoint(string text, int index, out int width)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(text[index], text[index + 1]);
        }

        width = 1;
        return text[index];
    }
}
