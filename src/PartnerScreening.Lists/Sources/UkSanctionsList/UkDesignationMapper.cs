using System.Xml.Linq;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.UkSanctionsList;

/// <summary>Maps one <c>Designation</c> element of the UK Sanctions List XML to a <see cref="ListedParty"/>.</summary>
internal static class UkDesignationMapper
{
    private static readonly string[] NameParts = ["Name1", "Name2", "Name3", "Name4", "Name5", "Name6"];

    public static ListedParty? Map(XElement designation)
    {
        var uniqueId = designation.ChildText("UniqueID");
        if (uniqueId is null)
        {
            return null;
        }

        var party = new PartyBuilder(ListSourceIds.UkSanctionsList, uniqueId)
        {
            Kind = designation.ChildText("IndividualEntityShip")?.ToLowerInvariant() switch
            {
                "individual" => PartyKind.Person,
                "entity" => PartyKind.Organization,
                "ship" => PartyKind.Vessel,
                _ => PartyKind.Unknown,
            },
        };

        AddNames(party, designation);
        party.AddProgram(designation.ChildText("RegimeName"));
        party.AddIdentifier("OFSI group id", designation.ChildText("OFSIGroupID"));
        party.AddIdentifier("UN reference number", designation.ChildText("UNReferenceNumber"));
        party.AddDate("listed", UkDates.ToIso(designation.ChildText("DateDesignated")));
        party.AddDate("amended", UkDates.ToIso(designation.ChildText("LastUpdated")));
        AddAddresses(party, designation);
        AddIndividualDetails(party, designation.Child("IndividualDetails")?.Child("Individual"));
        AddEntityDetails(party, designation.Child("EntityDetails")?.Child("Entity"));
        AddShipDetails(party, designation.Child("ShipDetails")?.Child("Ship"));
        AddRemarks(party, designation);
        return party.Build();
    }

    /// <summary>
    /// Reads the names: the one typed "Primary Name" (casing varies between editions) is the primary name, the
    /// others aliases, weak when their alias strength says low quality; non-Latin names are original-script names.
    /// </summary>
    private static void AddNames(PartyBuilder party, XElement designation)
    {
        var names = designation.Child("Names")?.Children("Name").ToArray() ?? [];
        var primary = names.FirstOrDefault(name => string.Equals(name.ChildText("NameType"), "Primary Name", StringComparison.OrdinalIgnoreCase))
            ?? names.FirstOrDefault();
        if (primary is not null)
        {
            party.PrimaryName = JoinName(primary);
        }

        foreach (var name in names.Where(name => name != primary))
        {
            var strength = name.ChildText("AliasStrength") ?? string.Empty;
            var isWeak = strength.Contains("low", StringComparison.OrdinalIgnoreCase) || strength.Contains("weak", StringComparison.OrdinalIgnoreCase);
            party.AddAlias(JoinName(name), isWeak ? NameType.WeakAlias : NameType.Alias);
        }

        foreach (var nonLatin in designation.Child("NonLatinNames")?.Children("NonLatinName") ?? [])
        {
            party.AddAlias(nonLatin.ChildText("NameNonLatinScript"), NameType.OriginalScript, language: nonLatin.ChildText("NonLatinScriptLanguage"));
        }
    }

    private static string JoinName(XElement name) => string.Join(' ', NameParts.Select(name.ChildText).OfType<string>());

    private static void AddAddresses(PartyBuilder party, XElement designation)
    {
        foreach (var address in designation.Child("Addresses")?.Children("Address") ?? [])
        {
            var country = address.ChildText("AddressCountry");
            var lines = Enumerable.Range(1, 6).Select(line => address.ChildText($"AddressLine{line}"));
            var text = string.Join(", ", lines.Append(address.ChildText("AddressPostalCode")).Append(country).OfType<string>());
            var countryCode = CountryCodes.FromName(country);
            party.AddAddress(text, countryCode);
            if (countryCode is null)
            {
                party.AddCountry(null, country);
            }
        }
    }

    private static void AddIndividualDetails(PartyBuilder party, XElement? individual)
    {
        if (individual is null)
        {
            return;
        }

        foreach (var birth in individual.Child("DOBs")?.Children("DOB") ?? [])
        {
            party.AddDate("birth", UkDates.ToIso(birth.Value));
        }

        foreach (var nationality in individual.Child("Nationalities")?.Children("Nationality") ?? [])
        {
            party.AddCountryName(nationality.Value);
        }

        foreach (var passport in individual.Child("PassportDetails")?.Children("Passport") ?? [])
        {
            party.AddIdentifier("Passport", passport.ChildText("PassportNumber"));
            AddLabelled(party, "Passport note", passport.ChildText("PassportAdditionalInformation"));
        }

        foreach (var identifier in individual.Child("NationalIdentifierDetails")?.Children("NationalIdentifier") ?? [])
        {
            party.AddIdentifier("National identifier", identifier.ChildText("NationalIdentifierNumber"));
            AddLabelled(party, "National identifier note", identifier.ChildText("NationalIdentifierAdditionalInformation"));
        }

        foreach (var position in individual.Child("Positions")?.Children("Position") ?? [])
        {
            AddLabelled(party, "Position", position.Value);
        }

        foreach (var location in individual.Child("BirthDetails")?.Children("Location") ?? [])
        {
            string?[] parts = [location.ChildText("TownOfBirth"), location.ChildText("CountryOfBirth")];
            AddLabelled(party, "Place of birth", string.Join(", ", parts.OfType<string>()));
        }

        AddLabelled(party, "Gender", PartyBuilder.Clean(individual.Child("Genders")?.Value));
    }

    private static void AddEntityDetails(PartyBuilder party, XElement? entity)
    {
        if (entity is null)
        {
            return;
        }

        foreach (var number in entity.Child("BusinessRegistrationNumbers")?.Elements() ?? [])
        {
            party.AddIdentifier("Business registration number", number.Value);
        }

        foreach (var type in entity.Child("TypeOfEntities")?.Children("TypeOfEntity") ?? [])
        {
            AddLabelled(party, "Type of entity", type.Value);
        }

        AddLabelled(party, "Parent companies", PartyBuilder.Clean(entity.Child("ParentCompanies")?.Value));
        AddLabelled(party, "Subsidiaries", PartyBuilder.Clean(entity.Child("Subsidiaries")?.Value));
    }

    private static void AddShipDetails(PartyBuilder party, XElement? ship)
    {
        if (ship is null)
        {
            return;
        }

        foreach (var imo in ship.Child("IMONumbers")?.Children("IMONumber") ?? [])
        {
            party.AddIdentifier("IMO number", imo.Value);
        }

        foreach (var flag in ship.Child("CurrentBelievedFlagOfShips")?.Elements() ?? [])
        {
            party.AddIdentifier("Vessel Flag", flag.Value, CountryCodes.FromName(flag.Value));
        }

        AddLabelled(party, "Current owner or operator", PartyBuilder.Clean(ship.Child("CurrentOwnerOperators")?.Value));
    }

    private static void AddRemarks(PartyBuilder party, XElement designation)
    {
        foreach (var title in designation.Child("Titles")?.Children("Title") ?? [])
        {
            AddLabelled(party, "Title", title.Value);
        }

        AddLabelled(party, "Designation source", designation.ChildText("DesignationSource"));
        AddLabelled(party, "Sanctions imposed", designation.ChildText("SanctionsImposed"));
        party.AddRemark(designation.ChildText("OtherInformation"));
        AddLabelled(party, "UK statement of reasons", designation.ChildText("UKStatementofReasons"));
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
