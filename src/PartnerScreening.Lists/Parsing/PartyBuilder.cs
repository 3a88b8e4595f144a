using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists.Parsing;

/// <summary>
/// Collects the fields of one list entry while a parser reads it, dropping blanks and exact duplicates, and
/// builds the <see cref="ListedParty"/>.
/// </summary>
internal sealed class PartyBuilder(string source, string sourceEntityId)
{
    private readonly List<PartyName> aliases = [];
    private readonly List<PartyAddress> addresses = [];
    private readonly List<PartyCountry> countries = [];
    private readonly List<string> programs = [];
    private readonly List<PartyIdentifier> identifiers = [];
    private readonly List<PartyDate> dates = [];
    private readonly List<string> remarks = [];

    public string SourceEntityId { get; } = sourceEntityId;

    public PartyKind Kind { get; set; } = PartyKind.Unknown;

    public string? PrimaryName { get; set; }

    public string? SourceUrl { get; set; }

    public void AddAlias(string? value, NameType type = NameType.Alias, string? script = null, string? language = null)
    {
        var name = Clean(value);
        if (name is null || string.Equals(name, PrimaryName, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (aliases.Any(existing => existing.Type == type && string.Equals(existing.Value, name, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        aliases.Add(new PartyName(name, type, script ?? Scripts.Detect(name), language));
    }

    public void AddAddress(string? text, string? countryCode = null, string? city = null)
    {
        var cleaned = Clean(text);
        if (cleaned is null)
        {
            return;
        }

        var address = new PartyAddress(cleaned, countryCode, Clean(city));
        if (!addresses.Contains(address))
        {
            addresses.Add(address);
        }

        if (countryCode is not null)
        {
            AddCountry(countryCode);
        }
    }

    /// <summary>Adds a country by code, or by name when no code is known; a second mention of a code is ignored.</summary>
    public void AddCountry(string? code, string? nameEn = null)
    {
        var cleanedName = Clean(nameEn);
        if (code is null && cleanedName is null)
        {
            return;
        }

        var duplicate = code is not null
            ? countries.Any(existing => existing.Code == code)
            : countries.Any(existing => string.Equals(existing.NameEn, cleanedName, StringComparison.OrdinalIgnoreCase));
        if (!duplicate)
        {
            countries.Add(new PartyCountry(code, cleanedName ?? (code is null ? null : CountryCodes.EnglishName(code))));
        }
    }

    /// <summary>Adds a country given by name or code, resolving the ISO code where the name is known.</summary>
    public void AddCountryName(string? nameOrCode)
    {
        var cleaned = Clean(nameOrCode);
        if (cleaned is null)
        {
            return;
        }

        var code = CountryCodes.FromName(cleaned);
        AddCountry(code, code is not null && cleaned.Length == 2 ? null : cleaned);
    }

    public void AddProgram(string? program)
    {
        var cleaned = Clean(program);
        if (cleaned is not null && !programs.Contains(cleaned, StringComparer.OrdinalIgnoreCase))
        {
            programs.Add(cleaned);
        }
    }

    public void AddIdentifier(string? type, string? value, string? countryCode = null)
    {
        var cleanedType = Clean(type);
        var cleanedValue = Clean(value);
        if (cleanedType is null || cleanedValue is null)
        {
            return;
        }

        var identifier = new PartyIdentifier(cleanedType, cleanedValue, countryCode);
        if (!identifiers.Contains(identifier))
        {
            identifiers.Add(identifier);
        }
    }

    public void AddDate(string type, string? value)
    {
        var cleaned = Clean(value);
        if (cleaned is null)
        {
            return;
        }

        var date = new PartyDate(type, cleaned);
        if (!dates.Contains(date))
        {
            dates.Add(date);
        }
    }

    public void AddRemark(string? remark)
    {
        var cleaned = Clean(remark);
        if (cleaned is not null && !remarks.Contains(cleaned))
        {
            remarks.Add(cleaned);
        }
    }

    /// <summary>Builds the party; returns null when the entry has no name at all, which the caller reports.</summary>
    public ListedParty? Build()
    {
        var primary = Clean(PrimaryName) ?? aliases.FirstOrDefault()?.Value;
        if (primary is null)
        {
            return null;
        }

        return new ListedParty
        {
            Source = source,
            SourceEntityId = SourceEntityId,
            Kind = Kind,
            PrimaryName = primary,
            Aliases = aliases.Where(alias => !string.Equals(alias.Value, primary, StringComparison.OrdinalIgnoreCase) || alias.Type == NameType.OriginalScript).ToArray(),
            Addresses = addresses.ToArray(),
            Countries = countries.ToArray(),
            Programs = programs.ToArray(),
            Identifiers = identifiers.ToArray(),
            Dates = dates.ToArray(),
            Remarks = remarks.Count == 0 ? null : string.Join("\n", remarks),
            SourceUrl = SourceUrl,
        };
    }

    /// <summary>Trims a value and collapses inner runs of white space; blank values and OFAC's "-0-" become null.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed == "-0-")
        {
            return null;
        }

        return trimmed.Contains("  ", StringComparison.Ordinal) || trimmed.Contains('\n') || trimmed.Contains('\r') || trimmed.Contains('\t')
            ? string.Join(' ', trimmed.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            : trimmed;
    }
}
