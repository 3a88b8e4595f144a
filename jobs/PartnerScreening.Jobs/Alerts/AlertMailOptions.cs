using System.ComponentModel.DataAnnotations;

namespace PartnerScreening.Jobs.Alerts;

/// <summary>Mailing of new rescreening alerts to the office, section <c>Alerts:Smtp</c>. Off by default.</summary>
public sealed class AlertMailOptions : IValidatableObject
{
    public const string SectionName = "Alerts:Smtp";

    /// <summary>Send a mail after each run that raised alerts. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>SMTP server host name. Required when enabled.</summary>
    public string? Host { get; set; }

    /// <summary>SMTP port. Default 587.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary><c>starttls</c> (default), <c>ssl</c> (implicit TLS, usually port 465) or <c>none</c> (only for a relay on the same host).</summary>
    [RegularExpression("^(starttls|ssl|none)$", ErrorMessage = "Alerts:Smtp:Security must be 'starttls', 'ssl' or 'none'.")]
    public string Security { get; set; } = "starttls";

    /// <summary>User name for SMTP authentication; none when empty.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Sender address. Required when enabled.</summary>
    public string? From { get; set; }

    /// <summary>Recipient addresses (the export control office). At least one when enabled.</summary>
    public List<string> To { get; set; } = [];

    /// <summary>Base address of the service for links in the mail, e.g. <c>https://screening.example.ac.jp</c>; no links when empty.</summary>
    public string? BaseUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return new ValidationResult("Alerts:Smtp:Host is required when Alerts:Smtp:Enabled is true.", [nameof(Host)]);
        }

        if (string.IsNullOrWhiteSpace(From))
        {
            yield return new ValidationResult("Alerts:Smtp:From is required when Alerts:Smtp:Enabled is true.", [nameof(From)]);
        }

        if (To.Count == 0)
        {
            yield return new ValidationResult("Alerts:Smtp:To needs at least one address when Alerts:Smtp:Enabled is true.", [nameof(To)]);
        }
    }
}
