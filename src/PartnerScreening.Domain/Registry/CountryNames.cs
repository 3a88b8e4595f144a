using System.Collections.Frozen;
using System.Globalization;

namespace PartnerScreening.Domain.Registry;

/// <summary>
/// Resolves a country written in a ledger (ISO alpha-2 or alpha-3 code, English name, or Japanese name) to its
/// ISO 3166-1 alpha-2 code, and names a code in Japanese for the UI.
/// </summary>
/// <remarks>
/// English names come from the regions .NET knows through ICU. ICU gives each region's name in its own language
/// only, so the Japanese names are a table of their own; it covers the countries partners and listed parties
/// usually come from and can be extended.
/// </remarks>
public static class CountryNames
{
    private static readonly (string Code, string[] Japanese)[] JapaneseNames =
    [
        ("JP", ["日本"]), ("CN", ["中国", "中華人民共和国"]), ("TW", ["台湾"]), ("HK", ["香港"]), ("MO", ["マカオ"]),
        ("KR", ["韓国", "大韓民国"]), ("KP", ["北朝鮮", "朝鮮民主主義人民共和国"]), ("MN", ["モンゴル"]),
        ("US", ["米国", "アメリカ", "アメリカ合衆国"]), ("CA", ["カナダ"]), ("MX", ["メキシコ"]), ("BR", ["ブラジル"]),
        ("AR", ["アルゼンチン"]), ("CL", ["チリ"]), ("CO", ["コロンビア"]), ("PE", ["ペルー"]),
        ("GB", ["英国", "イギリス"]), ("IE", ["アイルランド"]), ("FR", ["フランス"]), ("DE", ["ドイツ"]), ("IT", ["イタリア"]),
        ("ES", ["スペイン"]), ("PT", ["ポルトガル"]), ("NL", ["オランダ"]), ("BE", ["ベルギー"]), ("CH", ["スイス"]),
        ("AT", ["オーストリア"]), ("SE", ["スウェーデン"]), ("NO", ["ノルウェー"]), ("DK", ["デンマーク"]), ("FI", ["フィンランド"]),
        ("IS", ["アイスランド"]), ("PL", ["ポーランド"]), ("CZ", ["チェコ"]), ("SK", ["スロバキア"]), ("HU", ["ハンガリー"]),
        ("RO", ["ルーマニア"]), ("BG", ["ブルガリア"]), ("GR", ["ギリシャ", "ギリシア"]), ("HR", ["クロアチア"]), ("RS", ["セルビア"]),
        ("SI", ["スロベニア"]), ("EE", ["エストニア"]), ("LV", ["ラトビア"]), ("LT", ["リトアニア"]), ("UA", ["ウクライナ"]),
        ("BY", ["ベラルーシ"]), ("RU", ["ロシア", "ロシア連邦"]), ("TR", ["トルコ", "トルキエ"]), ("IL", ["イスラエル"]),
        ("IR", ["イラン"]), ("IQ", ["イラク"]), ("SY", ["シリア"]), ("LB", ["レバノン"]), ("JO", ["ヨルダン"]),
        ("SA", ["サウジアラビア"]), ("AE", ["アラブ首長国連邦", "UAE"]), ("QA", ["カタール"]), ("KW", ["クウェート"]),
        ("OM", ["オマーン"]), ("YE", ["イエメン"]), ("EG", ["エジプト"]), ("LY", ["リビア"]), ("SD", ["スーダン"]),
        ("AF", ["アフガニスタン"]), ("PK", ["パキスタン"]), ("IN", ["インド"]), ("BD", ["バングラデシュ"]), ("LK", ["スリランカ"]),
        ("NP", ["ネパール"]), ("MM", ["ミャンマー"]), ("TH", ["タイ"]), ("VN", ["ベトナム"]), ("KH", ["カンボジア"]),
        ("LA", ["ラオス"]), ("MY", ["マレーシア"]), ("SG", ["シンガポール"]), ("ID", ["インドネシア"]), ("PH", ["フィリピン"]),
        ("AU", ["オーストラリア", "豪州"]), ("NZ", ["ニュージーランド"]), ("ZA", ["南アフリカ", "南アフリカ共和国"]),
        ("NG", ["ナイジェリア"]), ("KE", ["ケニア"]), ("ET", ["エチオピア"]), ("GH", ["ガーナ"]), ("MA", ["モロッコ"]),
        ("DZ", ["アルジェリア"]), ("TN", ["チュニジア"]), ("KZ", ["カザフスタン"]), ("UZ", ["ウズベキスタン"]),
        ("KG", ["キルギス"]), ("TJ", ["タジキスタン"]), ("TM", ["トルクメニスタン"]), ("AZ", ["アゼルバイジャン"]),
        ("AM", ["アルメニア"]), ("GE", ["ジョージア"]), ("CU", ["キューバ"]), ("VE", ["ベネズエラ"]),
    ];

    private static readonly FrozenDictionary<string, string> ByName = BuildNameTable();

    private static readonly FrozenDictionary<string, string> JapaneseByCode =
        JapaneseNames.ToFrozenDictionary(entry => entry.Code, entry => entry.Japanese[0]);

    /// <summary>Returns the ISO alpha-2 code of <paramref name="text"/>, or null when it names no known country.</summary>
    public static string? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return ByName.TryGetValue(Key(text), out var code) ? code : null;
    }

    /// <summary>Returns the Japanese name of a code, falling back to the English name and then the code itself.</summary>
    public static string Japanese(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "";
        }

        return JapaneseByCode.TryGetValue(code, out var name) ? name : English(code);
    }

    /// <summary>Returns the English name of a code, or the code itself when .NET does not know it.</summary>
    public static string English(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "";
        }

        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    private static string Key(string text) => RegistryTerms.Fold(text).Replace(",", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);

    private static FrozenDictionary<string, string> BuildNameTable()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var code = region.TwoLetterISORegionName;
            if (code.Length != 2 || !char.IsLetter(code[0]))
            {
                continue;
            }

            table.TryAdd(Key(code), code);
            table.TryAdd(Key(region.ThreeLetterISORegionName), code);
            table.TryAdd(Key(region.EnglishName), code);
            table.TryAdd(Key(region.NativeName), code);
        }

        foreach (var (code, names) in JapaneseNames)
        {
            table.TryAdd(Key(code), code);
            foreach (var name in names)
            {
                table[Key(name)] = code;
            }
        }

        // Official and common English forms that differ from the ICU names.
        (string Name, string Code)[] english =
        [
            ("People's Republic of China", "CN"), ("PRC", "CN"), ("Republic of Korea", "KR"), ("Korea, Republic of", "KR"),
            ("Korea", "KR"), ("North Korea", "KP"), ("Democratic People's Republic of Korea", "KP"), ("DPRK", "KP"),
            ("Russian Federation", "RU"), ("Iran, Islamic Republic of", "IR"), ("Islamic Republic of Iran", "IR"),
            ("United Kingdom", "GB"), ("UK", "GB"), ("Great Britain", "GB"), ("USA", "US"), ("United States of America", "US"),
            ("Hong Kong", "HK"), ("Taiwan, Province of China", "TW"), ("Viet Nam", "VN"), ("Syrian Arab Republic", "SY"),
            ("UAE", "AE"), ("Czech Republic", "CZ"), ("Türkiye", "TR"), ("Macau", "MO"), ("Macao", "MO"),
        ];
        foreach (var (name, code) in english)
        {
            table[Key(name)] = code;
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
