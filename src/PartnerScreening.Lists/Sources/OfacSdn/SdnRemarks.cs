using System.Globalization;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.OfacSdn;

/// <summary>
/// Reads the facts that the legacy SDN CSV keeps only in its free-text remarks: weak aliases
/// (<c>a.k.a. 'KOMID'</c>), dates of birth, nationality and citizenship, and identifiers such as
/// <c>Passport 4005504207 (Russia)</c>. The whole remark text is kept as well, so nothing is lost when a
/// segment is not recognised.
/// </summary>
internal static class SdnRemarks
{
    // Identifier labels as OFAC writes them, longest first so "National ID No." wins over shorter prefixes.
    private static readonly string[] IdentifierLabels = new[]
    {
        "Passport", "Diplomatic Passport", "National ID No.", "Tax ID No.", "Registration ID", "SWIFT/BIC", "Cedula No.",
        "NIT #", "C.U.R.P.", "R.F.C.", "RUC #", "D.N.I.", "Identification Number", "Registration Number", "Company Number",
        "Business Registration Number", "Business Registration Document #", "Commercial Registry Number",
        "Government Gazette Number", "V.A.T. Number", "Trade License No.", "Matricula Mercantil No", "Folio Mercantil No.",
        "C.R. No.", "D-U-N-S Number", "BIK (RU)", "ISIN", "MMSI", "Vessel Registration Identification", "Email Address",
        "Website", "Phone Number", "Driver's License No.", "SSN", "Immigration No.", "Unified Social Credit Code (USCC)",
        "Aircraft Manufacturer's Serial Number (MSN)", "Aircraft Tail Number", "Aircraft Construction Number",
        "Legal Entity Number", "Equity Ticker", "Kenyan ID No.", "Personal ID Card", "Residency Number",
        "Stateless Person ID Card", "Refugee ID Card", "Birth Certificate Number", "Citizen's Card Number",
        "Electoral Registry No.", "Public Registration Number", "Chamber of Commerce Number", "Credencial electoral",
        "Pasaporte", "License", "UK Company Number", "US FEIN", "Serial No.", "Travel Document Number", "File Number",
        "Turkish Identification Number", "Certificate of Incorporation Number", "Enterprise Number", "Fiscal Code",
        "Italian Fiscal Code", "Cedula de Identidad", "C.I.F.", "N.I.E.", "NIE", "Registered Charity No.",
        "Money Service Bureau License Number", "Istanbul Chamber of Comm. No.", "Dubai Chamber of Commerce Membership No.",
        "Romanian C.R.", "Romanian Tax Registration", "Romanian Permanent Resident", "Bosnian Personal ID No.",
        "Moroccan Personal ID No.", "CNP (Personal Numerical Code)",
    }.OrderByDescending(label => label.Length).ToArray();

    private const string DigitalCurrencyLabel = "Digital Currency Address - ";

    /// <summary>Adds what the remark text states to the party; the text itself is added as a remark by the caller.</summary>
    public static void Apply(PartyBuilder party, string remarks)
    {
        foreach (var rawSegment in remarks.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = rawSegment.TrimEnd('.');
            if (segment.StartsWith("alt. ", StringComparison.Ordinal))
            {
                segment = segment[5..];
            }

            ApplySegment(party, segment);
        }
    }

    private static void ApplySegment(PartyBuilder party, string segment)
    {
        if (TryQuotedAlias(segment, "a.k.a. ", out var alias))
        {
            party.AddAlias(alias, NameType.WeakAlias);
        }
        else if (TryQuotedAlias(segment, "f.k.a. ", out alias))
        {
            party.AddAlias(alias, NameType.FormerName);
        }
        else if (TryQuotedAlias(segment, "n.k.a. ", out alias))
        {
            party.AddAlias(alias);
        }
        else if (segment.StartsWith("DOB ", StringComparison.Ordinal))
        {
            party.AddDate("birth", NormalizeDate(segment[4..]));
        }
        else if (segment.StartsWith("nationality ", StringComparison.Ordinal))
        {
            party.AddCountryName(segment["nationality ".Length..]);
        }
        else if (segment.StartsWith("citizen ", StringComparison.Ordinal))
        {
            party.AddCountryName(segment["citizen ".Length..]);
        }
        else if (segment.StartsWith("Organization Established Date ", StringComparison.Ordinal))
        {
            party.AddDate("established", NormalizeDate(segment["Organization Established Date ".Length..]));
        }
        else
        {
            TryIdentifier(party, segment);
        }
    }

    private static bool TryQuotedAlias(string segment, string prefix, out string alias)
    {
        alias = string.Empty;
        if (!segment.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        alias = segment[prefix.Length..].Trim().Trim('\'').Trim();
        return alias.Length > 0;
    }

    private static void TryIdentifier(PartyBuilder party, string segment)
    {
        if (segment.StartsWith(DigitalCurrencyLabel, StringComparison.Ordinal))
        {
            var rest = segment[DigitalCurrencyLabel.Length..];
            var space = rest.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                party.AddIdentifier(DigitalCurrencyLabel + rest[..space], rest[(space + 1)..]);
            }

            return;
        }

        var label = IdentifierLabels.FirstOrDefault(candidate =>
            segment.Length > candidate.Length + 1
            && segment.StartsWith(candidate, StringComparison.Ordinal)
            && segment[candidate.Length] == ' ');
        if (label is null)
        {
            return;
        }

        var value = segment[(label.Length + 1)..].Trim();
        string? countryCode = null;
        var open = value.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0)
        {
            var close = value.IndexOf(')', open);
            var country = close > open ? CountryCodes.FromName(value[(open + 2)..close]) : null;
            if (country is not null)
            {
                countryCode = country;
                value = value[..open];
            }
        }

        party.AddIdentifier(label, value, countryCode);
    }

    /// <summary>Converts "22 Aug 1978" to ISO 8601; other forms ("circa 1960", "1962 to 1963", "Aug 1978") stay as listed.</summary>
    internal static string NormalizeDate(string text)
    {
        var trimmed = text.Trim();
        return DateOnly.TryParseExact(trimmed, "dd MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : trimmed;
    }
}
