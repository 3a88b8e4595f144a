using Microsoft.Extensions.Options;

namespace PartnerScreening.Crawling;

/// <summary>Checks the rules data annotations cannot express and reports every failure at once.</summary>
internal sealed class CrawlingOptionsValidator : IValidateOptions<CrawlingOptions>
{
    public ValidateOptionsResult Validate(string? name, CrawlingOptions options)
    {
        var failures = new List<string>();

        if (options.MinimumDelay < TimeSpan.Zero)
        {
            failures.Add($"Crawling:MinimumDelay must not be negative, was {options.MinimumDelay}.");
        }

        if (options.CrawlDelayCap < options.MinimumDelay)
        {
            failures.Add($"Crawling:CrawlDelayCap ({options.CrawlDelayCap}) must be at least Crawling:MinimumDelay ({options.MinimumDelay}).");
        }

        if (options.BackoffBase < TimeSpan.Zero || options.BackoffCap < options.BackoffBase)
        {
            failures.Add($"Crawling:BackoffBase ({options.BackoffBase}) must be between 0 and Crawling:BackoffCap ({options.BackoffCap}).");
        }

        if (options.PageTimeout <= TimeSpan.Zero)
        {
            failures.Add($"Crawling:PageTimeout must be positive, was {options.PageTimeout}.");
        }

        if (options.MaxTimePerPartner <= TimeSpan.Zero)
        {
            failures.Add($"Crawling:MaxTimePerPartner must be positive, was {options.MaxTimePerPartner}.");
        }

        if (options.RobotsCacheDuration <= TimeSpan.Zero || options.RobotsCacheDuration > TimeSpan.FromHours(24))
        {
            failures.Add($"Crawling:RobotsCacheDuration must be more than 0 and at most 24 hours (RFC 9309), was {options.RobotsCacheDuration}.");
        }

        if (string.IsNullOrWhiteSpace(options.ContactUrl) != string.IsNullOrWhiteSpace(options.ContactEmail))
        {
            failures.Add("Crawling:ContactUrl and Crawling:ContactEmail must be set together: webmasters need both a page about the crawler and an address to write to.");
        }

        if (!string.IsNullOrWhiteSpace(options.ContactUrl) && !IsContactUrl(options.ContactUrl))
        {
            failures.Add($"Crawling:ContactUrl must be an absolute http or https URL such as 'https://export-control.example.ac.jp/crawler', was '{options.ContactUrl}'.");
        }

        if (!string.IsNullOrWhiteSpace(options.ContactEmail) && !IsContactEmail(options.ContactEmail))
        {
            failures.Add($"Crawling:ContactEmail must be a bare e-mail address such as 'export-control@example.ac.jp', was '{options.ContactEmail}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // The URL goes into the User-Agent header after "+", so it must be absolute, http(s), with a host and no spaces.
    private static bool IsContactUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
        && url.Host.Length > 0
        && !value.Any(char.IsWhiteSpace);

    // A display name ("Office <a@b>") or a list would break the "mailto:" part of the User-Agent.
    private static bool IsContactEmail(string value) =>
        System.Net.Mail.MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !value.Any(char.IsWhiteSpace);
}
