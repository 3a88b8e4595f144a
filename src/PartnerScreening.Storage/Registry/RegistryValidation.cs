using PartnerScreening.Domain.Registry;

namespace PartnerScreening.Storage.Registry;

/// <summary>Checks registry records before they are stored; every problem is reported at once.</summary>
public static class RegistryValidation
{
    public static IReadOnlyList<RegistryError> Validate(Partner partner)
    {
        var errors = new List<RegistryError>();
        if (partner.Names.Count == 0 || partner.Names.Any(n => string.IsNullOrWhiteSpace(n.Value)))
        {
            errors.Add(new("names", "機関名を入力してください（空の名称は登録できません）。", "Enter at least one name; empty names are not allowed."));
        }

        if (partner.Country is not null && (partner.Country.Length != 2 || !partner.Country.All(char.IsAsciiLetterUpper)))
        {
            errors.Add(new("country", $"国コード「{partner.Country}」は ISO 3166-1 の 2 文字コード（例: CN）で入力してください。", $"Country '{partner.Country}' must be an ISO 3166-1 alpha-2 code such as CN."));
        }

        foreach (var website in partner.Websites)
        {
            if (!Uri.TryCreate(website, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                errors.Add(new("websites", $"ウェブサイト「{website}」は http:// または https:// で始まるアドレスで入力してください。", $"Website '{website}' must be an absolute http or https address."));
            }
        }

        return errors;
    }

    public static IReadOnlyList<RegistryError> Validate(Agreement agreement)
    {
        var errors = new List<RegistryError>();
        if (agreement.StartDate is { } start && agreement.EndDate is { } end && end < start)
        {
            errors.Add(new("endDate", $"終了日 {end:yyyy-MM-dd} が開始日 {start:yyyy-MM-dd} より前です。", $"End date {end:yyyy-MM-dd} is before start date {start:yyyy-MM-dd}."));
        }

        return errors;
    }

    public static IReadOnlyList<RegistryError> Validate(Researcher researcher)
    {
        var errors = new List<RegistryError>();
        if (string.IsNullOrWhiteSpace(researcher.Name))
        {
            errors.Add(new("name", "氏名を入力してください。", "Enter the researcher's name."));
        }

        if (researcher.Nationality is not null && (researcher.Nationality.Length != 2 || !researcher.Nationality.All(char.IsAsciiLetterUpper)))
        {
            errors.Add(new("nationality", $"国籍「{researcher.Nationality}」は ISO 3166-1 の 2 文字コードで入力してください。", $"Nationality '{researcher.Nationality}' must be an ISO 3166-1 alpha-2 code."));
        }

        if (researcher.StayStart is { } start && researcher.StayEnd is { } end && end < start)
        {
            errors.Add(new("stayEnd", $"滞在終了日 {end:yyyy-MM-dd} が開始日 {start:yyyy-MM-dd} より前です。", $"Stay end {end:yyyy-MM-dd} is before stay start {start:yyyy-MM-dd}."));
        }

        return errors;
    }
}

/// <summary>A problem with one field of a registry record, worded in Japanese and English.</summary>
public sealed record RegistryError(string Field, string MessageJa, string MessageEn);

/// <summary>Thrown when a registry record is invalid or refers to a record that does not exist.</summary>
public sealed class RegistryValidationException(IReadOnlyList<RegistryError> errors)
    : Exception(string.Join(" ", errors.Select(e => e.MessageEn)))
{
    public IReadOnlyList<RegistryError> Errors { get; } = errors;
}
