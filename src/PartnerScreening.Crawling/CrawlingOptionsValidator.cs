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

        if (options.ContactUrl is { Length: > 0 } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var contact) || (contact.Scheme != Uri.UriSchemeHttps && contact.Scheme != Uri.UriSchemeHttp)))
        {
            failures.Add($"Crawling:ContactUrl must be an absolute http(s) URL, was '{url}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
