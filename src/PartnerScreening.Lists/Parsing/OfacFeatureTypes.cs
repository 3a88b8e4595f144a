namespace PartnerScreening.Lists.Parsing;

/// <summary>What an OFAC feature or CSL <c>ids</c> item is, which decides the field of <c>ListedParty</c> it goes to.</summary>
internal enum OfacFeatureKind
{
    Identifier,
    Date,
    Note,
}

/// <summary>
/// Sorts OFAC feature types ("Passport", "SWIFT/BIC", "Organization Established Date", "Secondary sanctions risk:")
/// into identifiers, dates and notes. OFAC uses the same type names in the Enhanced XML, the SDN remarks and the
/// CSL <c>ids</c> column.
/// </summary>
internal static class OfacFeatureTypes
{
    private static readonly string[] NotePrefixes =
    [
        "Additional Sanctions Information", "Secondary sanctions risk", "Transactions Prohibited", "Executive Order",
        "CAATSA", "IFCA", "PEESA", "Target Type", "Organization Type", "Gender", "Nationality", "Citizenship",
        "Place of Birth", "Issuer Name", "Aircraft Operator", "Aircraft Model", "Former Vessel Flag", "Vessel Flag",
        "Vessel Type", "Other Vessel Type", "Vessel Owner", "Location", "Related",
    ];

    public static OfacFeatureKind Classify(string type)
    {
        if (type.Equals("Birthdate", StringComparison.OrdinalIgnoreCase)
            || type.Contains("Date", StringComparison.Ordinal))
        {
            return OfacFeatureKind.Date;
        }

        if (type.EndsWith(':') || type.EndsWith('-') || NotePrefixes.Any(prefix => type.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return OfacFeatureKind.Note;
        }

        return OfacFeatureKind.Identifier;
    }

    /// <summary>Returns the <c>PartyDate</c> type for an OFAC date feature: <c>birth</c>, <c>established</c> or the OFAC label.</summary>
    public static string DateType(string type) => type switch
    {
        "Birthdate" or "DOB" => "birth",
        "Organization Established Date" => "established",
        _ => type,
    };
}
