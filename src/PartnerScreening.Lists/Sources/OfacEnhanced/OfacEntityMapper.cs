using System.Xml.Linq;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.OfacEnhanced;

/// <summary>
/// Maps one <c>entity</c> element of the Enhanced XML to a <see cref="ListedParty"/>. The entity's <c>id</c> is the
/// OFAC entity number (the <c>ent_num</c> of the legacy CSV) and becomes <see cref="ListedParty.SourceEntityId"/>.
/// </summary>
internal static class OfacEntityMapper
{
    public static ListedParty? Map(string source, XElement entity, OfacReferenceValues lookup)
    {
        var id = entity.AttributeText("id");
        if (id is null)
        {
            return null;
        }

        var party = new PartyBuilder(source, id)
        {
            Kind = MapKind(entity.PathText("generalInfo", "entityType")),
        };

        AddNames(party, entity);
        AddListsAndPrograms(party, entity);
        AddAddresses(party, entity, lookup);
        AddFeatures(party, entity, lookup);
        AddDocuments(party, entity, lookup);
        party.AddRemark(entity.PathText("generalInfo", "remarks"));

        // TODO: relationships (Linked To, Owned or Controlled By) are not mapped; they name other entities by id.
        return party.Build();
    }

    private static PartyKind MapKind(string? entityType) => entityType?.ToLowerInvariant() switch
    {
        "individual" => PartyKind.Person,
        "entity" => PartyKind.Organization,
        "vessel" => PartyKind.Vessel,
        "aircraft" => PartyKind.Aircraft,
        _ => PartyKind.Unknown,
    };

    /// <summary>
    /// Takes the primary name from the Latin translation marked primary; other translations of the same name are
    /// original-script names, and the other names are aliases by their alias type and quality.
    /// </summary>
    private static void AddNames(PartyBuilder party, XElement entity)
    {
        var names = entity.Child("names")?.Children("name").ToArray() ?? [];
        var primary = names.FirstOrDefault(name => name.ChildText("isPrimary") == "true") ?? names.FirstOrDefault();
        if (primary is not null)
        {
            party.PrimaryName = PrimaryTranslationText(primary);
        }

        foreach (var name in names)
        {
            var type = name == primary ? NameType.Alias : MapAliasType(name);
            foreach (var translation in name.Child("translations")?.Children("translation") ?? [])
            {
                var text = translation.ChildText("formattedFullName") ?? JoinNameParts(translation);
                var isPrimaryTranslation = translation.ChildText("isPrimary") == "true";
                var nameType = isPrimaryTranslation ? type : NameType.OriginalScript;
                party.AddAlias(text, nameType);
            }
        }
    }

    private static string? PrimaryTranslationText(XElement name)
    {
        var translations = name.Child("translations")?.Children("translation").ToArray() ?? [];
        var translation = translations.FirstOrDefault(candidate => candidate.ChildText("isPrimary") == "true") ?? translations.FirstOrDefault();
        return translation is null ? null : translation.ChildText("formattedFullName") ?? JoinNameParts(translation);
    }

    private static string JoinNameParts(XElement translation) =>
        string.Join(' ', translation.Child("nameParts")?.Children("namePart").Select(part => part.ChildText("value")).OfType<string>() ?? []);

    private static NameType MapAliasType(XElement name)
    {
        if (name.ChildText("isLowQuality") == "true")
        {
            return NameType.WeakAlias;
        }

        return name.ChildText("aliasType") == "F.K.A." ? NameType.FormerName : NameType.Alias;
    }

    private static void AddListsAndPrograms(PartyBuilder party, XElement entity)
    {
        foreach (var list in entity.Child("sanctionsLists")?.Children("sanctionsList") ?? [])
        {
            party.AddProgram(list.Value);
            party.AddDate("listed", list.AttributeText("datePublished"));
        }

        foreach (var program in entity.Child("sanctionsPrograms")?.Children("sanctionsProgram") ?? [])
        {
            party.AddProgram(program.Value);
        }

        foreach (var authority in entity.Child("legalAuthorities")?.Children("legalAuthority") ?? [])
        {
            party.AddRemark($"Legal authority: {authority.Value}");
        }
    }

    private static void AddAddresses(PartyBuilder party, XElement entity, OfacReferenceValues lookup)
    {
        foreach (var address in entity.Child("addresses")?.Children("address") ?? [])
        {
            var country = address.Child("country");
            var countryCode = lookup.CountryCode(country);
            var translation = address.Child("translations")?.Children("translation").FirstOrDefault(candidate => candidate.ChildText("isPrimary") == "true")
                ?? address.Child("translations")?.Children("translation").FirstOrDefault();
            var parts = translation?.Child("addressParts")?.Children("addressPart").ToArray() ?? [];
            var city = parts.FirstOrDefault(part => part.ChildText("type") == "CITY")?.ChildText("value");
            var text = string.Join(", ", parts.Select(part => part.ChildText("value")).Append(PartyBuilder.Clean(country?.Value)).OfType<string>());
            party.AddAddress(text, countryCode, city);
            if (countryCode is null)
            {
                party.AddCountry(null, country?.Value);
            }
        }
    }

    private static void AddFeatures(PartyBuilder party, XElement entity, OfacReferenceValues lookup)
    {
        foreach (var feature in entity.Child("features")?.Children("feature") ?? [])
        {
            var type = feature.ChildText("type");
            var value = feature.ChildText("value");
            if (type is null || value is null)
            {
                continue;
            }

            switch (type)
            {
                case "Nationality Country" or "Citizenship Country" or "Nationality of Registration":
                    party.AddCountry(lookup.CountryCode(feature.Child("value")), value);
                    continue;
                case "Place of Birth":
                    party.AddRemark($"Place of birth: {value}");
                    continue;
            }

            switch (OfacFeatureTypes.Classify(type))
            {
                case OfacFeatureKind.Identifier:
                    party.AddIdentifier(type, value);
                    break;
                case OfacFeatureKind.Date:
                    party.AddDate(OfacFeatureTypes.DateType(type), ExactDate(feature) ?? value);
                    break;
                case OfacFeatureKind.Note:
                    party.AddRemark($"{type.TrimEnd(':', '-', ' ')}: {value}");
                    break;
            }
        }
    }

    /// <summary>Returns the ISO date when <c>valueDate</c> pins one day, else null so the listed text is kept ("1963", "circa 1960").</summary>
    private static string? ExactDate(XElement feature)
    {
        var valueDate = feature.Child("valueDate");
        var from = valueDate?.ChildText("fromDateBegin");
        var to = valueDate?.ChildText("toDateEnd");
        return from is not null && from == to && valueDate?.ChildText("isApproximate") != "true" ? from : null;
    }

    private static void AddDocuments(PartyBuilder party, XElement entity, OfacReferenceValues lookup)
    {
        foreach (var document in entity.Child("identityDocuments")?.Children("identityDocument") ?? [])
        {
            party.AddIdentifier(document.ChildText("type"), document.ChildText("documentNumber"), lookup.CountryCode(document.Child("issuingCountry")));
        }
    }
}
