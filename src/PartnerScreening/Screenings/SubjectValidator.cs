using System.Globalization;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Screenings;

/// <summary>A screening request that passed validation, with its values normalised.</summary>
public sealed record ValidatedScreening(
    string Name,
    IReadOnlyList<string> Aliases,
    string? Country,
    PartyKind? Kind,
    string? BirthDate,
    IReadOnlyList<string> Lists,
    double? Threshold)
{
    /// <summary>The subject as echoed in the response and stored in the audit trail.</summary>
    public SubjectRequest ToSubject() => new()
    {
        Name = Name,
        Aliases = Aliases,
        Country = Country,
        Kind = Kind?.ToString().ToLowerInvariant(),
        BirthDate = BirthDate,
    };
}

/// <summary>
/// Validates a screening request and names every invalid field (as a JSON path such as <c>subject.name</c>)
/// with a sentence saying what to send instead. All errors are reported at once.
/// </summary>
public static class SubjectValidator
{
    public const int MaxNameLength = 500;
    public const int MaxAliases = 20;

    private static readonly string[] BirthDateFormats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    public static bool TryValidate(
        ScreeningRequest request, out ValidatedScreening? validated, out Dictionary<string, string[]> errors)
    {
        errors = [];
        validated = null;
        var subject = request.Subject;
        if (subject is null)
        {
            errors["subject"] = ["The subject is missing: send {\"subject\": {\"name\": \"...\"}}."];
            return false;
        }

        var name = CheckName("subject.name", subject.Name, errors);
        var aliases = CheckAliases(subject.Aliases, errors);
        var country = CheckCountry(subject.Country, errors);
        var kind = CheckKind(subject.Kind, errors);
        var birthDate = CheckBirthDate(subject.BirthDate, errors);
        var lists = CheckLists(request.Options?.Lists, errors);
        var threshold = request.Options?.Threshold;
        if (threshold is < 0 or > 100 || (threshold is { } t && double.IsNaN(t)))
        {
            errors["options.threshold"] = [$"options.threshold {threshold} is out of range: send a score from 0 to 100."];
        }

        if (errors.Count > 0)
        {
            return false;
        }

        validated = new ValidatedScreening(name!, aliases, country, kind, birthDate, lists, threshold);
        return true;
    }

    /// <summary>Checks one name; returns it trimmed, or null after adding an error.</summary>
    public static string? CheckName(string field, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{field} is empty: send the name to screen."];
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > MaxNameLength)
        {
            errors[field] = [$"{field} is {trimmed.Length} characters long; the maximum is {MaxNameLength}. Send the name alone, without notes."];
            return null;
        }

        var control = trimmed.FirstOrDefault(char.IsControl);
        if (control != default)
        {
            errors[field] = [$"{field} contains the control character U+{(int)control:X4}; remove line breaks, tabs and other control characters."];
            return null;
        }

        // A name of punctuation alone cannot match anything, so screening it would store a misleading 'clear'.
        if (!trimmed.Any(char.IsLetterOrDigit))
        {
            errors[field] = [$"{field} '{Shorten(trimmed)}' has no letter or digit: send the name to screen."];
            return null;
        }

        return trimmed;
    }

    private static List<string> CheckAliases(IReadOnlyList<string>? aliases, Dictionary<string, string[]> errors)
    {
        var checkedAliases = new List<string>();
        if (aliases is null)
        {
            return checkedAliases;
        }

        if (aliases.Count > MaxAliases)
        {
            errors["subject.aliases"] = [$"subject.aliases has {aliases.Count} entries; the maximum is {MaxAliases}."];
            return checkedAliases;
        }

        for (var i = 0; i < aliases.Count; i++)
        {
            var alias = CheckName($"subject.aliases[{i}]", aliases[i], errors);
            if (alias is not null && !checkedAliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
            {
                checkedAliases.Add(alias);
            }
        }

        return checkedAliases;
    }

    /// <summary>Checks an optional country; returns the upper-case code, or null when absent or after adding an error.</summary>
    public static string? CheckCountry(string? country, Dictionary<string, string[]> errors, string field = "subject.country")
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }

        var code = country.Trim().ToUpperInvariant();
        if (code.Length != 2 || !CountryCodes.IsCode(code))
        {
            errors[field] = [$"{field} '{Shorten(country)}' is not an ISO 3166-1 alpha-2 code; send two letters such as CN, JP or US."];
            return null;
        }

        return code;
    }

    /// <summary>Checks an optional kind; returns it, or null when absent or after adding an error under <paramref name="field"/>.</summary>
    public static PartyKind? CheckKind(string? kind, Dictionary<string, string[]> errors, string field = "subject.kind")
    {
        if (string.IsNullOrWhiteSpace(kind))
        {
            return null;
        }

        PartyKind? parsed = kind.Trim().ToLowerInvariant() switch
        {
            "organization" or "organisation" or "entity" => PartyKind.Organization,
            "person" or "individual" => PartyKind.Person,
            "vessel" => PartyKind.Vessel,
            "aircraft" => PartyKind.Aircraft,
            _ => null,
        };
        if (parsed is null)
        {
            errors[field] = [$"{field} '{Shorten(kind)}' is not known; send organization, person, vessel or aircraft, or leave it out."];
        }

        return parsed;
    }

    private static string? CheckBirthDate(string? birthDate, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(birthDate))
        {
            return null;
        }

        var trimmed = birthDate.Trim();
        if (!DateTime.TryParseExact(trimmed, BirthDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors["subject.birthDate"] = [$"subject.birthDate '{Shorten(birthDate)}' is not a date; send yyyy-MM-dd, yyyy-MM or yyyy."];
            return null;
        }

        return trimmed;
    }

    private static List<string> CheckLists(IReadOnlyList<string>? lists, Dictionary<string, string[]> errors)
    {
        var checkedLists = new List<string>();
        if (lists is null)
        {
            return checkedLists;
        }

        for (var i = 0; i < lists.Count; i++)
        {
            var id = lists[i]?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(id) || !ListSourceIds.All.Contains(id))
            {
                errors[$"options.lists[{i}]"] = [$"options.lists[{i}] '{Shorten(lists[i])}' is not a known list id; use one of {string.Join(", ", ListSourceIds.All)} (GET /api/v1/lists)."];
                continue;
            }

            if (!checkedLists.Contains(id))
            {
                checkedLists.Add(id);
            }
        }

        return checkedLists;
    }

    /// <summary>Returns a value for an error message: control characters as ?, cut at 40 characters.</summary>
    public static string Shorten(string? value)
    {
        var text = value ?? "";
        text = new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
