using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace PartnerScreening.Domain.Lists;

/// <summary>
/// Maps the country names that sanctions lists print ("Korea, North", "Iran (Islamic Republic of)", "Burma",
/// "Türkiye") to ISO 3166-1 alpha-2 codes. Names are compared case-, accent- and punctuation-insensitively.
/// </summary>
public static class CountryCodes
{
    // One line per code: the ISO short name first, then the spellings seen in OFAC, UN, EU and UK files.
    private const string Table = """
        AD|Andorra
        AE|United Arab Emirates|UAE
        AF|Afghanistan
        AG|Antigua and Barbuda
        AI|Anguilla
        AL|Albania
        AM|Armenia
        AO|Angola
        AQ|Antarctica
        AR|Argentina
        AS|American Samoa
        AT|Austria
        AU|Australia
        AW|Aruba
        AX|Aland Islands
        AZ|Azerbaijan
        BA|Bosnia and Herzegovina|Bosnia-Herzegovina
        BB|Barbados
        BD|Bangladesh
        BE|Belgium
        BF|Burkina Faso
        BG|Bulgaria
        BH|Bahrain
        BI|Burundi
        BJ|Benin
        BL|Saint Barthelemy
        BM|Bermuda
        BN|Brunei|Brunei Darussalam
        BO|Bolivia|Bolivia (Plurinational State of)|Plurinational State of Bolivia
        BQ|Bonaire, Sint Eustatius and Saba|Caribbean Netherlands
        BR|Brazil
        BS|Bahamas|Bahamas, The|The Bahamas
        BT|Bhutan
        BV|Bouvet Island
        BW|Botswana
        BY|Belarus
        BZ|Belize
        CA|Canada
        CC|Cocos (Keeling) Islands
        CD|Congo, Democratic Republic of the|Democratic Republic of the Congo|DR Congo|Congo (Kinshasa)|Congo, The Democratic Republic of the
        CF|Central African Republic
        CG|Congo|Congo, Republic of the|Republic of the Congo|Congo (Brazzaville)
        CH|Switzerland
        CI|Cote d'Ivoire|Cote d Ivoire|Ivory Coast
        CK|Cook Islands
        CL|Chile
        CM|Cameroon
        CN|China|People's Republic of China|China, People's Republic of|PRC
        CO|Colombia
        CR|Costa Rica
        CU|Cuba
        CV|Cabo Verde|Cape Verde
        CW|Curacao
        CX|Christmas Island
        CY|Cyprus
        CZ|Czechia|Czech Republic
        DE|Germany
        DJ|Djibouti
        DK|Denmark
        DM|Dominica
        DO|Dominican Republic
        DZ|Algeria
        EC|Ecuador
        EE|Estonia
        EG|Egypt
        EH|Western Sahara
        ER|Eritrea
        ES|Spain
        ET|Ethiopia
        FI|Finland
        FJ|Fiji
        FK|Falkland Islands|Falkland Islands (Malvinas)
        FM|Micronesia|Micronesia, Federated States of|Micronesia (Federated States of)
        FO|Faroe Islands
        FR|France
        GA|Gabon
        GB|United Kingdom|United Kingdom of Great Britain and Northern Ireland|UK|Great Britain
        GD|Grenada
        GE|Georgia
        GF|French Guiana
        GG|Guernsey
        GH|Ghana
        GI|Gibraltar
        GL|Greenland
        GM|Gambia|The Gambia|Gambia, The
        GN|Guinea
        GP|Guadeloupe
        GQ|Equatorial Guinea
        GR|Greece
        GS|South Georgia and the South Sandwich Islands
        GT|Guatemala
        GU|Guam
        GW|Guinea-Bissau
        GY|Guyana
        HK|Hong Kong|China, Hong Kong Special Administrative Region|Hong Kong SAR|Hong Kong, China|Hong Kong (China)
        HM|Heard Island and McDonald Islands
        HN|Honduras
        HR|Croatia
        HT|Haiti
        HU|Hungary
        ID|Indonesia
        IE|Ireland
        IL|Israel
        IM|Isle of Man
        IN|India
        IO|British Indian Ocean Territory
        IQ|Iraq
        IR|Iran|Iran (Islamic Republic of)|Iran, Islamic Republic of|Islamic Republic of Iran
        IS|Iceland
        IT|Italy
        JE|Jersey
        JM|Jamaica
        JO|Jordan
        JP|Japan
        KE|Kenya
        KG|Kyrgyzstan|Kyrgyz Republic
        KH|Cambodia
        KI|Kiribati
        KM|Comoros
        KN|Saint Kitts and Nevis|St. Kitts and Nevis
        KP|North Korea|Korea, North|Democratic People's Republic of Korea|Korea, Democratic People's Republic of|DPRK|Korea (North)
        KR|South Korea|Korea, South|Republic of Korea|Korea, Republic of|Korea (South)
        KW|Kuwait
        KY|Cayman Islands
        KZ|Kazakhstan
        LA|Laos|Lao People's Democratic Republic|Lao PDR
        LB|Lebanon
        LC|Saint Lucia|St. Lucia
        LI|Liechtenstein
        LK|Sri Lanka
        LR|Liberia
        LS|Lesotho
        LT|Lithuania
        LU|Luxembourg
        LV|Latvia
        LY|Libya|Libyan Arab Jamahiriya
        MA|Morocco
        MC|Monaco
        MD|Moldova|Republic of Moldova|Moldova, Republic of
        ME|Montenegro
        MF|Saint Martin (French part)
        MG|Madagascar
        MH|Marshall Islands
        MK|North Macedonia|Macedonia|The former Yugoslav Republic of Macedonia
        ML|Mali
        MM|Myanmar|Burma
        MN|Mongolia
        MO|Macao|Macau|China, Macao Special Administrative Region
        MP|Northern Mariana Islands
        MQ|Martinique
        MR|Mauritania
        MS|Montserrat
        MT|Malta
        MU|Mauritius
        MV|Maldives
        MW|Malawi
        MX|Mexico
        MY|Malaysia
        MZ|Mozambique
        NA|Namibia
        NC|New Caledonia
        NE|Niger
        NF|Norfolk Island
        NG|Nigeria
        NI|Nicaragua
        NL|Netherlands|The Netherlands|Netherlands (Kingdom of the)
        NO|Norway
        NP|Nepal
        NR|Nauru
        NU|Niue
        NZ|New Zealand
        OM|Oman
        PA|Panama
        PE|Peru
        PF|French Polynesia
        PG|Papua New Guinea
        PH|Philippines
        PK|Pakistan
        PL|Poland
        PM|Saint Pierre and Miquelon
        PN|Pitcairn
        PR|Puerto Rico
        PS|Palestine|State of Palestine|Palestinian|Palestinian Territory|Occupied Palestinian Territory|West Bank|Gaza|Region: Gaza|West Bank and Gaza
        PT|Portugal
        PW|Palau
        PY|Paraguay
        QA|Qatar
        RE|Reunion
        RO|Romania
        RS|Serbia
        RU|Russia|Russian Federation
        RW|Rwanda
        SA|Saudi Arabia
        SB|Solomon Islands
        SC|Seychelles
        SD|Sudan
        SE|Sweden
        SG|Singapore
        SH|Saint Helena, Ascension and Tristan da Cunha|Saint Helena
        SI|Slovenia
        SJ|Svalbard and Jan Mayen
        SK|Slovakia
        SL|Sierra Leone
        SM|San Marino
        SN|Senegal
        SO|Somalia
        SR|Suriname
        SS|South Sudan
        ST|Sao Tome and Principe
        SV|El Salvador
        SX|Sint Maarten (Dutch part)|Sint Maarten
        SY|Syria|Syrian Arab Republic
        SZ|Eswatini|Swaziland
        TC|Turks and Caicos Islands
        TD|Chad
        TF|French Southern Territories
        TG|Togo
        TH|Thailand
        TJ|Tajikistan
        TK|Tokelau
        TL|Timor-Leste|East Timor
        TM|Turkmenistan
        TN|Tunisia
        TO|Tonga
        TR|Turkiye|Turkey
        TT|Trinidad and Tobago
        TV|Tuvalu
        TW|Taiwan|Taiwan, Province of China|Chinese Taipei
        TZ|Tanzania|United Republic of Tanzania|Tanzania, United Republic of
        UA|Ukraine|Region: Crimea|Crimea
        UG|Uganda
        UM|United States Minor Outlying Islands
        US|United States|United States of America|USA|U.S.A.
        UY|Uruguay
        UZ|Uzbekistan
        VA|Holy See|Vatican City
        VC|Saint Vincent and the Grenadines|St. Vincent and the Grenadines
        VE|Venezuela|Venezuela (Bolivarian Republic of)|Bolivarian Republic of Venezuela
        VG|British Virgin Islands|Virgin Islands, British|Virgin Islands (British)
        VI|Virgin Islands, U.S.|United States Virgin Islands|Virgin Islands (U.S.)
        VN|Vietnam|Viet Nam
        VU|Vanuatu
        WF|Wallis and Futuna
        WS|Samoa
        XK|Kosovo
        YE|Yemen
        YT|Mayotte
        ZA|South Africa
        ZM|Zambia
        ZW|Zimbabwe
        """;

    private static readonly (FrozenDictionary<string, string> ByName, FrozenDictionary<string, string> NameByCode) Lookup = Build();

    /// <summary>Returns the alpha-2 code of a country name or code, or null when the name is not a known country.</summary>
    public static string? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (trimmed.Length == 2 && IsCode(trimmed.ToUpperInvariant()))
        {
            return trimmed.ToUpperInvariant();
        }

        return Lookup.ByName.GetValueOrDefault(NormalizeName(trimmed));
    }

    /// <summary>
    /// Returns true when the value is an assigned ISO 3166-1 alpha-2 code (upper case) in this table: the 249
    /// codes of the standard and XK, the user-assigned code that the OFAC, EU and UN lists use for Kosovo.
    /// </summary>
    public static bool IsCode(string value) => Lookup.NameByCode.ContainsKey(value);

    /// <summary>Every country name of the table, lower case, without accents and punctuation (korea north).</summary>
    public static IEnumerable<string> Names => Lookup.ByName.Keys;

    /// <summary>Number of codes in the table.</summary>
    public static int Count => Lookup.NameByCode.Count;

    /// <summary>Returns the ISO short English name of a code, or null for an unknown code.</summary>
    public static string? EnglishName(string code) => Lookup.NameByCode.GetValueOrDefault(code);

    private static (FrozenDictionary<string, string>, FrozenDictionary<string, string>) Build()
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var nameByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            var code = parts[0];
            nameByCode[code] = parts[1];
            foreach (var name in parts.Skip(1))
            {
                byName[NormalizeName(name)] = code;
            }
        }

        return (byName.ToFrozenDictionary(StringComparer.Ordinal), nameByCode.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static string NormalizeName(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark
                || character is '\'' or '\u2019' or '`' or '.')
            {
                continue;
            }

            if (char.IsLetterOrDigit(character))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(character));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        var normalized = builder.ToString();
        return normalized.StartsWith("the ", StringComparison.Ordinal) ? normalized[4..] : normalized;
    }
}
