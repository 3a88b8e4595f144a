using System.Text;

namespace PartnerScreening.Lists.Text;

/// <summary>
/// Detects the writing system of a name as an ISO 15924 code, for names that lists print in their original script.
/// </summary>
/// <remarks>
/// Han-only text is told apart by a few characters that exist in only one writing tradition: simplified-only
/// characters give <c>Hans</c>, traditional-only characters give <c>Hant</c>. Text that has neither, including
/// Chinese names printed with Japanese character forms (哈爾浜工業大学), is <c>Hani</c>.
/// </remarks>
internal static class ScriptDetector
{
    public const string Latin = "Latn";
    public const string Han = "Hani";
    public const string HanSimplified = "Hans";
    public const string HanTraditional = "Hant";
    public const string Japanese = "Jpan";
    public const string Korean = "Kore";
    public const string Hangul = "Hang";
    public const string Cyrillic = "Cyrl";
    public const string Arabic = "Arab";

    // Characters used in simplified Chinese only: the Japanese and traditional forms differ (发 / 発 / 發).
    private const string SimplifiedOnly =
        "发电东贸业际罗闪这们为门车机线气铝钢铁长华术讯设备联复进导装飞艺实创轻顺苏万种辆兴汇湾广厂开关团优报边标测产处传达带单递点动队对尔风负个过环换计价间检讲节结经据军类历龙论马买卖宁齐桥时书数属说岁态图网卫无县乡响协写选压阳药页义亿营邮园员圆运杂则张证织职质钟众专转资总组钻锦陕";

    // Characters used in traditional Chinese only: Japanese writes the simplified shinjitai form (國 / 国).
    private const string TraditionalOnly = "國學會發團體與廣鐵廠聯關氣實觀歐區鬥眾灣雜專轉總來";

    /// <summary>Returns the ISO 15924 code of the text's script, or null when it has no letters.</summary>
    public static string? Detect(string text)
    {
        var hasLatin = false;
        var hasHan = false;
        var hasKana = false;
        var hasHangul = false;
        var hasCyrillic = false;
        var hasArabic = false;
        var simplified = false;
        var traditional = false;

        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (IsHan(value))
            {
                hasHan = true;
                simplified |= rune.IsBmp && SimplifiedOnly.Contains((char)value, StringComparison.Ordinal);
                traditional |= rune.IsBmp && TraditionalOnly.Contains((char)value, StringComparison.Ordinal);
            }
            else if (value is >= 0x3040 and <= 0x30FF and not 0x30FB or >= 0x31F0 and <= 0x31FF or >= 0xFF66 and <= 0xFF9F)
            {
                // Hiragana and katakana; the middle dot U+30FB is punctuation shared with Chinese text.
                hasKana = true;
            }
            else if (value is >= 0xAC00 and <= 0xD7AF or >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F)
            {
                hasHangul = true;
            }
            else if (value is >= 0x0400 and <= 0x052F)
            {
                hasCyrillic = true;
            }
            else if (value is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0xFB50 and <= 0xFEFF)
            {
                hasArabic = true;
            }
            else if (Rune.IsLetter(rune) && value < 0x0250)
            {
                hasLatin = true;
            }
        }

        if (hasKana)
        {
            return Japanese;
        }

        if (hasHangul)
        {
            return hasHan ? Korean : Hangul;
        }

        if (hasHan)
        {
            return (simplified, traditional) switch
            {
                (true, false) => HanSimplified,
                (false, true) => HanTraditional,
                _ => Han,
            };
        }

        if (hasCyrillic)
        {
            return Cyrillic;
        }

        if (hasArabic)
        {
            return Arabic;
        }

        return hasLatin ? Latin : null;
    }

    /// <summary>Returns true when the text contains a letter outside the Latin script.</summary>
    public static bool HasNonLatinLetter(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) && rune.Value >= 0x0250)
            {
                return true;
            }

            if (IsHan(rune.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHan(int value) =>
        value is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x2FFFF
            or 0x3007 or 0x3005;
}
