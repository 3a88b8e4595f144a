using System.Text;

namespace PartnerScreening.Crawling.Text;

/// <summary>
/// Maps charset labels from headers and meta tags to .NET encodings, widening the legacy CJK labels to the code pages
/// that browsers actually use: GB2312 and GBK decode as GB18030, Shift_JIS as windows-31j (code page 932), EUC-KR as
/// code page 949 and Big5 as code page 950. Labels follow the WHATWG Encoding Standard where it names them.
/// </summary>
public static class EncodingLabels
{
    private static readonly Dictionary<string, int> CodePages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gb2312"] = 54936, ["gbk"] = 54936, ["gb18030"] = 54936, ["gb_2312-80"] = 54936, ["x-gbk"] = 54936, ["chinese"] = 54936,
        ["csgb2312"] = 54936, ["iso-ir-58"] = 54936, ["cp936"] = 54936, ["windows-936"] = 54936, ["ms936"] = 54936, ["euc-cn"] = 54936,
        ["big5"] = 950, ["big5-hkscs"] = 950, ["cn-big5"] = 950, ["x-x-big5"] = 950, ["csbig5"] = 950, ["cp950"] = 950,
        ["shift_jis"] = 932, ["shift-jis"] = 932, ["sjis"] = 932, ["x-sjis"] = 932, ["ms_kanji"] = 932, ["windows-31j"] = 932,
        ["csshiftjis"] = 932, ["ms932"] = 932, ["cp932"] = 932,
        ["euc-jp"] = 51932, ["cseucpkdfmtjapanese"] = 51932, ["x-euc-jp"] = 51932,
        ["iso-2022-jp"] = 50220, ["csiso2022jp"] = 50220,
        ["euc-kr"] = 949, ["ks_c_5601-1987"] = 949, ["ks_c_5601-1989"] = 949, ["ksc5601"] = 949, ["ksc_5601"] = 949, ["korean"] = 949,
        ["csksc56011987"] = 949, ["iso-ir-149"] = 949, ["windows-949"] = 949, ["cp949"] = 949, ["uhc"] = 949,
        ["windows-1251"] = 1251, ["cp1251"] = 1251, ["x-cp1251"] = 1251,
        ["koi8-r"] = 20866, ["koi8r"] = 20866, ["koi8"] = 20866, ["cskoi8r"] = 20866, ["koi8-u"] = 21866,
        // WHATWG: latin1 and ASCII labels decode as windows-1252.
        ["iso-8859-1"] = 1252, ["latin1"] = 1252, ["us-ascii"] = 1252, ["ascii"] = 1252, ["windows-1252"] = 1252, ["cp1252"] = 1252,
        ["utf-8"] = 65001, ["utf8"] = 65001, ["unicode-1-1-utf-8"] = 65001,
    };

    static EncodingLabels() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Returns the encoding for <paramref name="label"/>, or null when the label is unknown.</summary>
    public static Encoding? Resolve(string? label)
    {
        var trimmed = label?.Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        try
        {
            return CodePages.TryGetValue(trimmed, out var codePage) ? Strict(codePage) : Strict(Encoding.GetEncoding(trimmed).CodePage);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The encoding for <paramref name="codePage"/>, decoding invalid bytes to U+FFFD so they can be counted.</summary>
    public static Encoding Strict(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));

    /// <summary>The name written in reports: the WHATWG-style name of the code page used.</summary>
    public static string DisplayName(Encoding encoding) => encoding.CodePage switch
    {
        54936 => "gb18030",
        950 => "big5",
        932 => "windows-31j",
        949 => "windows-949",
        51932 => "euc-jp",
        50220 => "iso-2022-jp",
        1251 => "windows-1251",
        1252 => "windows-1252",
        20866 => "koi8-r",
        65001 => "utf-8",
        _ => encoding.WebName,
    };
}
