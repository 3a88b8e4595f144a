using System.Xml.Linq;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.EuFinancialSanctions;

/// <summary>Maps one <c>sanctionEntity</c> element of the EU XML to a <see cref="ListedParty"/>.</summary>
internal static class EuEntityMapper
{
    /// <summary>The EU's country code for an unknown country.</summary>
    private const string UnknownCountry = "00";

    public static ListedParty? Map(XElement entity)
    {
        var logicalId = entity.AttributeText("logicalId");
        if (logicalId is null)
        {
            return null;
        }

        var party = new PartyBuilder(ListSourceIds.EuFinancialSanctions, logicalId)
        {
            Kind = entity.Child("subjectType")?.AttributeText("code") switch
            {
                "person" => PartyKind.Person,
                "enterprise" => PartyKind.Organization,
                _ => PartyKind.Unknown,
            },
        };

        party.AddIdentifier("EU reference number", entity.AttributeText("euReferenceNumber"));
        party.AddIdentifier("UN reference number", entity.AttributeText("unitedNationId"));
        party.AddDate("listed", entity.AttributeText("designationDate"));
        party.AddRemark(entity.AttributeText("designationDetails"));
        foreach (var remark in entity.Children("remark"))
        {
            party.AddRemark(remark.Value);
        }

        AddNames(party, entity.Children("nameAlias").ToArray());
        AddRegulations(party, entity.Children("regulation"));
        AddCitizenships(party, entity.Children("citizenship"));
        AddBirthDates(party, entity.Children("birthdate"));
        AddAddresses(party, entity.Children("address"));
        AddIdentifications(party, entity.Children("identification"));
        return party.Build();
    }

    /// <summary>
    /// Takes the first name alias as the primary name, as the EU's own listings do; the others are aliases with
    /// their language, and those marked <c>strong="false"</c> are weak aliases.
    /// </summary>
    private static void AddNames(PartyBuilder party, XElement[] aliases)
    {
        foreach (var alias in aliases)
        {
            var name = WholeName(alias);
            if (name is null)
            {
                continue;
            }

            if (party.PrimaryName is null)
            {
                party.PrimaryName = name;
                continue;
            }

            var type = alias.AttributeText("strong") == "false" ? NameType.WeakAlias : NameType.Alias;
            party.AddAlias(name, type, language: alias.AttributeText("nameLanguage")?.ToLowerInvariant());
        }

        foreach (var alias in aliases)
        {
            AddLabelled(party, "Function", alias.AttributeText("function"));
            AddLabelled(party, "Title", alias.AttributeText("title"));
            AddLabelled(party, "Gender", alias.AttributeText("gender"));
        }
    }

    private static string? WholeName(XElement alias)
    {
        var whole = alias.AttributeText("wholeName");
        if (whole is not null)
        {
            return whole;
        }

        string?[] parts = [alias.AttributeText("firstName"), alias.AttributeText("middleName"), alias.AttributeText("lastName")];
        var joined = string.Join(' ', parts.OfType<string>());
        return joined.Length == 0 ? null : joined;
    }

    private static void AddRegulations(PartyBuilder party, IEnumerable<XElement> regulations)
    {
        foreach (var regulation in regulations)
        {
            party.AddProgram(regulation.AttributeText("programme"));
            AddLabelled(party, "Regulation", regulation.AttributeText("numberTitle"));
        }
    }

    private static void AddCitizenships(PartyBuilder party, IEnumerable<XElement> citizenships)
    {
        foreach (var citizenship in citizenships)
        {
            var code = CountryCode(citizenship);
            var description = citizenship.AttributeText("countryDescription");
            if (code is not null || description is not null && description != "UNKNOWN")
            {
                party.AddCountry(code, description);
            }
        }
    }

    private static void AddBirthDates(PartyBuilder party, IEnumerable<XElement> birthdates)
    {
        foreach (var birth in birthdates)
        {
            var value = birth.AttributeText("birthdate") ?? birth.AttributeText("year");
            if (value is not null)
            {
                party.AddDate("birth", birth.AttributeText("circa") == "true" ? $"circa {value}" : value);
            }

            string?[] place = [birth.AttributeText("city"), birth.AttributeText("place"), birth.AttributeText("region"), birth.AttributeText("countryDescription")];
            var placeText = string.Join(", ", place.OfType<string>().Where(part => part != "UNKNOWN"));
            AddLabelled(party, "Place of birth", placeText);
        }
    }

    private static void AddAddresses(PartyBuilder party, IEnumerable<XElement> addresses)
    {
        foreach (var address in addresses)
        {
            var country = address.AttributeText("countryDescription");
            string?[] parts =
            [
                address.AttributeText("street"), address.AttributeText("poBox"), address.AttributeText("city"),
                address.AttributeText("zipCode"), address.AttributeText("region"), address.AttributeText("place"),
                country == "UNKNOWN" ? null : country,
            ];
            var code = CountryCode(address);
            party.AddAddress(string.Join(", ", parts.OfType<string>()), code, address.AttributeText("city"));
        }
    }

    private static void AddIdentifications(PartyBuilder party, IEnumerable<XElement> identifications)
    {
        foreach (var identification in identifications)
        {
            var type = identification.AttributeText("identificationTypeDescription") ?? identification.AttributeText("identificationTypeCode") ?? "Identification";
            var number = identification.AttributeText("number") ?? identification.AttributeText("latinNumber");
            party.AddIdentifier(type, number, CountryCode(identification));
            if (identification.AttributeText("knownFalse") == "true")
            {
                party.AddRemark($"{type} {number}: known to be false");
            }
        }
    }

    private static string? CountryCode(XElement element)
    {
        var code = element.AttributeText("countryIso2Code")?.ToUpperInvariant();
        return code is null || code == UnknownCountry || !CountryCodes.IsCode(code)
            ? CountryCodes.FromName(element.AttributeText("countryDescription"))
            : code;
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
