using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.OfacSdn;

/// <summary>Maps one <c>sdn.csv</c> row with its address, alias and comment rows to a <see cref="ListedParty"/>.</summary>
internal static class SdnPartyMapper
{
    public static ListedParty? Map(string[] row, IReadOnlyList<string[]> addresses, IReadOnlyList<string[]> aliases, IReadOnlyList<string[]> comments)
    {
        var party = new PartyBuilder(ListSourceIds.OfacSdn, row[0])
        {
            PrimaryName = row[1],
            Kind = MapKind(row[2]),
        };

        foreach (var program in SplitPrograms(row[3]))
        {
            party.AddProgram(program);
        }

        foreach (var alias in aliases)
        {
            party.AddAlias(alias[3], MapAliasType(alias[2]));
        }

        foreach (var address in addresses)
        {
            AddAddress(party, address);
        }

        AddVessel(party, row);
        AddLabelled(party, "Title", row[4]);

        var remarks = JoinRemarks(row[11], comments);
        if (remarks is not null)
        {
            SdnRemarks.Apply(party, remarks);
            party.AddRemark(remarks);
        }

        return party.Build();
    }

    /// <summary>Splits "NPWMD] [DPRK2": the CSV strips the outer brackets of "[NPWMD] [DPRK2]".</summary>
    internal static IEnumerable<string> SplitPrograms(string value) =>
        value.Split("] [", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(program => program.Trim('[', ']', ' '))
            .Where(program => program.Length > 0 && program != "-0-");

    private static PartyKind MapKind(string type) => type.Trim().ToLowerInvariant() switch
    {
        "individual" => PartyKind.Person,
        "vessel" => PartyKind.Vessel,
        "aircraft" => PartyKind.Aircraft,
        "-0-" or "" => PartyKind.Organization,
        _ => PartyKind.Unknown,
    };

    private static NameType MapAliasType(string type) => type.Trim().ToLowerInvariant() switch
    {
        "fka" => NameType.FormerName,
        _ => NameType.Alias,
    };

    private static void AddAddress(PartyBuilder party, string[] address)
    {
        var street = PartyBuilder.Clean(address[2]);
        var cityLine = PartyBuilder.Clean(address[3]);
        var country = PartyBuilder.Clean(address[4]);
        var text = string.Join(", ", new[] { street, cityLine, country }.OfType<string>());
        var countryCode = CountryCodes.FromName(country);
        if (text.Length > 0)
        {
            party.AddAddress(text, countryCode);
        }

        if (countryCode is null && country is not null && !country.Equals("undetermined", StringComparison.OrdinalIgnoreCase))
        {
            party.AddCountry(null, country);
        }

        AddLabelled(party, "Address remark", address[5]);
    }

    private static void AddVessel(PartyBuilder party, string[] row)
    {
        party.AddIdentifier("Call Sign", row[5]);
        AddLabelled(party, "Vessel type", row[6]);
        AddLabelled(party, "Tonnage", row[7]);
        AddLabelled(party, "Gross registered tonnage", row[8]);
        var flag = PartyBuilder.Clean(row[9]);
        party.AddIdentifier("Vessel Flag", flag, CountryCodes.FromName(flag));
        AddLabelled(party, "Vessel owner", row[10]);
    }

    /// <summary>Appends the overflow from <c>sdn_comments.csv</c>, which continues the cut text mid-word.</summary>
    private static string? JoinRemarks(string remarks, IReadOnlyList<string[]> comments)
    {
        var main = PartyBuilder.Clean(remarks) is null ? string.Empty : remarks.Trim();
        var overflow = string.Concat(comments.Select(comment => comment[1]));
        var joined = main + overflow;
        return joined.Trim().Length == 0 ? null : joined.Trim();
    }

    private static void AddLabelled(PartyBuilder party, string label, string? value)
    {
        var cleaned = PartyBuilder.Clean(value);
        if (cleaned is not null)
        {
            party.AddRemark($"{label}: {cleaned}");
        }
    }
}
