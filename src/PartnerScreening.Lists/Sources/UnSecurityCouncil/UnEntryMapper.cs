using System.Xml.Linq;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.UnSecurityCouncil;

/// <summary>Maps one <c>INDIVIDUAL</c> or <c>ENTITY</c> element of the UN list to a <see cref="ListedParty"/>.</summary>
internal static class UnEntryMapper
{
    private static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    public static ListedParty? Map(XElement element)
    {
        var referenceNumber = element.ChildText("REFERENCE_NUMBER");
        if (referenceNumber is null)
        {
            return null;
        }

        var isIndividual = element.Name == "INDIVIDUAL";
        var party = new PartyBuilder(ListSourceIds.UnSecurityCouncil, referenceNumber)
        {
            Kind = isIndividual ? PartyKind.Person : PartyKind.Organization,
            PrimaryName = string.Join(' ', NameParts.Select(element.ChildText).OfType<string>()),
        };

        party.AddAlias(element.ChildText("NAME_ORIGINAL_SCRIPT"), NameType.OriginalScript);
        party.AddProgram(element.ChildText("UN_LIST_TYPE"));
        party.AddDate("listed", element.ChildText("LISTED_ON"));
        foreach (var updated in Values(element, "LAST_DAY_UPDATED"))
        {
            party.AddDate("amended", updated);
        }

        foreach (var nationality in Values(element, "NATIONALITY"))
        {
            party.AddCountryName(nationality);
        }

        AddAliases(party, element.Children(isIndividual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"));
        AddAddresses(party, element.Children(isIndividual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS"));
        AddBirthDates(party, element.Children("INDIVIDUAL_DATE_OF_BIRTH"));
        AddBirthPlaces(party, element.Children("INDIVIDUAL_PLACE_OF_BIRTH"));
        AddDocuments(party, element.Children("INDIVIDUAL_DOCUMENT"));
        AddRemarks(party, element);
        return party.Build();
    }

    private static IEnumerable<string> Values(XElement element, string name) =>
        element.Children(name).SelectMany(child => child.Children("VALUE")).Select(value => PartyBuilder.Clean(value.Value)).OfType<string>();

    /// <summary>Reads aliases by quality: <c>Low</c> is a weak alias, <c>f.k.a.</c> a former name, the rest plain aliases.</summary>
    private static void AddAliases(PartyBuilder party, IEnumerable<XElement> aliases)
    {
        foreach (var alias in aliases)
        {
            var name = alias.ChildText("ALIAS_NAME")?.Trim('"', '\u201C', '\u201D', ' ');
            var type = alias.ChildText("QUALITY")?.ToLowerInvariant() switch
            {
                "low" => NameType.WeakAlias,
                "f.k.a." => NameType.FormerName,
                _ => NameType.Alias,
            };
            party.AddAlias(name, type);
            AddLabelled(party, "Alias note", alias.ChildText("NOTE"));
        }
    }

    private static void AddAddresses(PartyBuilder party, IEnumerable<XElement> addresses)
    {
        foreach (var address in addresses)
        {
            var country = address.ChildText("COUNTRY");
            string?[] parts = [address.ChildText("STREET"), address.ChildText("CITY"), address.ChildText("STATE_PROVINCE"), address.ChildText("ZIP_CODE"), country];
            var text = string.Join(", ", parts.OfType<string>());
            var countryCode = CountryCodes.FromName(country);
            if (text.Length > 0)
            {
                party.AddAddress(text, countryCode, address.ChildText("CITY"));
            }

            if (countryCode is null)
            {
                party.AddCountry(null, country);
            }

            AddLabelled(party, "Address note", address.ChildText("NOTE"));
        }
    }

    /// <summary>Reads the four shapes of a date of birth: a date, a year, a range of years, or none.</summary>
    private static void AddBirthDates(PartyBuilder party, IEnumerable<XElement> dates)
    {
        foreach (var date in dates)
        {
            var exact = date.ChildText("DATE") ?? date.ChildText("YEAR");
            var from = date.ChildText("FROM_YEAR");
            var to = date.ChildText("TO_YEAR");
            var value = exact ?? (from is not null && to is not null ? $"{from}/{to}" : from ?? to);
            if (value is null)
            {
                continue;
            }

            party.AddDate("birth", date.ChildText("TYPE_OF_DATE") == "APPROXIMATELY" ? $"circa {value}" : value);
        }
    }

    private static void AddBirthPlaces(PartyBuilder party, IEnumerable<XElement> places)
    {
        foreach (var place in places)
        {
            string?[] parts = [place.ChildText("CITY"), place.ChildText("STATE_PROVINCE"), place.ChildText("COUNTRY")];
            var text = string.Join(", ", parts.OfType<string>());
            AddLabelled(party, "Place of birth", text);
        }
    }

    private static void AddDocuments(PartyBuilder party, IEnumerable<XElement> documents)
    {
        foreach (var document in documents)
        {
            var type = document.ChildText("TYPE_OF_DOCUMENT") ?? document.ChildText("TYPE_OF_DOCUMENT2") ?? "Document";
            var country = document.ChildText("ISSUING_COUNTRY") ?? document.ChildText("COUNTRY_OF_ISSUE");
            party.AddIdentifier(type, document.ChildText("NUMBER"), CountryCodes.FromName(country));
            AddLabelled(party, $"{type} note", document.ChildText("NOTE"));
        }
    }

    private static void AddRemarks(PartyBuilder party, XElement element)
    {
        foreach (var title in Values(element, "TITLE"))
        {
            AddLabelled(party, "Title", title);
        }

        foreach (var designation in Values(element, "DESIGNATION"))
        {
            AddLabelled(party, "Designation", designation);
        }

        AddLabelled(party, "Gender", element.ChildText("GENDER"));
        party.AddRemark(element.ChildText("COMMENTS1"));
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
