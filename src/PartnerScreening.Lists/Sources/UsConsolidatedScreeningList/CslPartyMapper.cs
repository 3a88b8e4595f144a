using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.UsConsolidatedScreeningList;

/// <summary>Maps a <see cref="CslRecord"/> from either download format to a <see cref="ListedParty"/>.</summary>
internal static class CslPartyMapper
{
    public static ListedParty? Map(CslRecord record, string sourceEntityId)
    {
        var party = new PartyBuilder(ListSourceIds.UsConsolidatedScreeningList, sourceEntityId)
        {
            PrimaryName = record.Name,
            Kind = MapKind(record.Type),
            SourceUrl = PartyBuilder.Clean(record.SourceInformationUrl) ?? PartyBuilder.Clean(record.SourceListUrl),
        };

        party.AddProgram(ShortListName(record.SourceList));
        foreach (var program in record.Programs)
        {
            party.AddProgram(program);
        }

        foreach (var alias in record.AltNames)
        {
            party.AddAlias(alias);
        }

        foreach (var address in record.Addresses)
        {
            party.AddAddress(address.Text, address.CountryCode, address.City);
        }

        foreach (var code in record.Citizenships.Concat(record.Nationalities))
        {
            party.AddCountryName(code);
        }

        foreach (var birth in record.DatesOfBirth)
        {
            party.AddDate("birth", birth);
        }

        party.AddDate("listed", record.StartDate);
        party.AddDate("expires", record.EndDate);
        AddIds(party, record.Ids);
        AddVessel(party, record);
        AddRemarks(party, record);
        return party.Build();
    }

    /// <summary>
    /// Returns the list's name without the agency suffix: "Entity List (EL) - Bureau of Industry and Security"
    /// becomes "Entity List (EL)".
    /// </summary>
    public static string ShortListName(string sourceList)
    {
        var separator = sourceList.LastIndexOf(" - ", StringComparison.Ordinal);
        return separator > 0 ? sourceList[..separator].Trim() : sourceList.Trim();
    }

    private static PartyKind MapKind(string? type) => type?.Trim().ToLowerInvariant() switch
    {
        "individual" => PartyKind.Person,
        "entity" => PartyKind.Organization,
        "vessel" => PartyKind.Vessel,
        "aircraft" => PartyKind.Aircraft,
        _ => PartyKind.Unknown,
    };

    private static void AddIds(PartyBuilder party, IReadOnlyList<CslId> ids)
    {
        foreach (var id in ids)
        {
            switch (OfacFeatureTypes.Classify(id.Type))
            {
                case OfacFeatureKind.Identifier:
                    party.AddIdentifier(id.Type, id.Value, id.CountryCode);
                    break;
                case OfacFeatureKind.Date:
                    party.AddDate(OfacFeatureTypes.DateType(id.Type), id.Value);
                    break;
                case OfacFeatureKind.Note:
                    party.AddRemark($"{id.Type.TrimEnd(':', '-', ' ')}: {id.Value}");
                    break;
            }
        }
    }

    private static void AddVessel(PartyBuilder party, CslRecord record)
    {
        party.AddIdentifier("Call Sign", record.CallSign);
        party.AddIdentifier("Vessel Flag", record.VesselFlag, CountryCodes.FromName(record.VesselFlag));
        AddLabelled(party, "Vessel type", record.VesselType);
        AddLabelled(party, "Gross tonnage", record.GrossTonnage);
        AddLabelled(party, "Gross registered tonnage", record.GrossRegisteredTonnage);
        AddLabelled(party, "Vessel owner", record.VesselOwner);
    }

    private static void AddRemarks(PartyBuilder party, CslRecord record)
    {
        AddLabelled(party, "Title", record.Title);
        foreach (var place in record.PlacesOfBirth)
        {
            AddLabelled(party, "Place of birth", place);
        }

        AddLabelled(party, "Federal Register notice", record.FederalRegisterNotice);
        AddLabelled(party, "License requirement", record.LicenseRequirement);
        AddLabelled(party, "License policy", record.LicensePolicy);
        AddLabelled(party, "Standard order", record.StandardOrder);
        party.AddRemark(record.Remarks);
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
