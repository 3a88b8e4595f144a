namespace PartnerScreening.Lists.Sources.MetiEndUserList;

/// <summary>
/// ISO 3166-1 alpha-2 codes for the country and region names the End User List prints, in Japanese and in English.
/// </summary>
/// <remarks>
/// Covers every country of the 2025-01-31 and 2025-09-29 editions plus a few neighbours that earlier editions used.
/// A name missing here still yields the party, with a null code and a parser warning.
/// </remarks>
internal static class MetiCountries
{
    private static readonly (string Code, string[] Names)[] Table =
    [
        ("AF", ["アフガニスタン", "Islamic Republic of Afghanistan", "Afghanistan"]),
        ("AE", ["アラブ首長国連邦", "United Arab Emirates", "UAE"]),
        ("AM", ["アルメニア", "Republic of Armenia", "Armenia"]),
        ("BY", ["ベラルーシ", "Republic of Belarus", "Belarus"]),
        ("CN", ["中国", "中華人民共和国", "People's Republic of China", "China"]),
        ("EG", ["エジプト", "Arab Republic of Egypt", "Egypt"]),
        ("HK", ["香港", "Hong Kong", "Hong Kong SAR", "Hong Kong, China"]),
        ("IL", ["イスラエル", "State of Israel", "Israel"]),
        ("IN", ["インド", "India", "Republic of India"]),
        ("IQ", ["イラク", "Republic of Iraq", "Iraq"]),
        ("IR", ["イラン", "Islamic Republic of Iran", "Iran"]),
        ("KP", ["北朝鮮", "North Korea", "Democratic People's Republic of Korea", "DPRK"]),
        ("KZ", ["カザフスタン", "Republic of Kazakhstan", "Kazakhstan"]),
        ("LB", ["レバノン", "Republic of Lebanon", "Lebanese Republic", "Lebanon"]),
        ("MY", ["マレーシア", "Malaysia"]),
        ("PK", ["パキスタン", "Islamic Republic of Pakistan", "Pakistan"]),
        ("RU", ["ロシア", "ロシア連邦", "Russian Federation", "Russia"]),
        ("SG", ["シンガポール", "Republic of Singapore", "Singapore"]),
        ("SY", ["シリア", "Syrian Arab Republic", "Syria"]),
        ("TR", ["トルコ", "トルコ共和国", "Republic of Türkiye", "Republic of Turkey", "Turkey", "Türkiye"]),
        ("TW", ["台湾", "Taiwan"]),
        ("UZ", ["ウズベキスタン", "Republic of Uzbekistan", "Uzbekistan"]),
        ("YE", ["イエメン", "Republic of Yemen", "Yemen"]),
    ];

    private static readonly Dictionary<string, string> CodeByName = BuildIndex();

    /// <summary>Returns the ISO code for a Japanese or English name (English compared case-insensitively), or null.</summary>
    public static string? FindCode(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return CodeByName.GetValueOrDefault(name.Trim());
    }

    private static Dictionary<string, string> BuildIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, names) in Table)
        {
            foreach (var name in names)
            {
                index.Add(name, code);
            }
        }

        return index;
    }
}
