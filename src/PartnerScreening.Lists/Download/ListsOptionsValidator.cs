using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace PartnerScreening.Lists.Download;

/// <summary>Checks <c>Lists</c> at start-up and reports every problem at once.</summary>
internal sealed class ListsOptionsValidator : IValidateOptions<ListsOptions>
{
    public ValidateOptionsResult Validate(string? name, ListsOptions options)
    {
        var failures = new List<string>();
        if (options.Validation.MinimumRecordRatio is < 0 or > 1)
        {
            failures.Add($"Lists:Validation:MinimumRecordRatio must be between 0 and 1, was {options.Validation.MinimumRecordRatio}.");
        }

        ValidateHttp(options.Http, failures);
        foreach (var (source, sourceOptions) in options.Sources)
        {
            ValidateSource(source, sourceOptions, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateHttp(ListHttpOptions http, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(http.UserAgent))
        {
            failures.Add("Lists:Http:UserAgent must not be empty.");
        }

        if (http.MaxDownloadBytes < 1)
        {
            failures.Add($"Lists:Http:MaxDownloadBytes must be at least 1, was {http.MaxDownloadBytes}.");
        }

        if (http.AttemptTimeout <= TimeSpan.Zero || http.AttemptTimeout > http.TotalTimeout)
        {
            failures.Add($"Lists:Http:AttemptTimeout must be positive and at most Lists:Http:TotalTimeout ({http.TotalTimeout}), was {http.AttemptTimeout}.");
        }

        if (http.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"Lists:Http:MaxRetryAttempts must be between 0 and 10, was {http.MaxRetryAttempts}.");
        }

        if (http.RetryDelay < TimeSpan.Zero)
        {
            failures.Add($"Lists:Http:RetryDelay must not be negative, was {http.RetryDelay}.");
        }

        if (http.BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add($"Lists:Http:BreakDuration must be at least 0.5 seconds, was {http.BreakDuration}.");
        }
    }

    private static void ValidateSource(string source, ListSourceOptions options, List<string> failures)
    {
        var prefix = $"Lists:Sources:{source}";
        if (options.MinimumRecordRatio is < 0 or > 1)
        {
            failures.Add($"{prefix}:MinimumRecordRatio must be between 0 and 1, was {options.MinimumRecordRatio}.");
        }

        foreach (var download in options.Downloads.Where(download => download.Url is null || !download.Url.IsAbsoluteUri))
        {
            failures.Add($"{prefix}:Downloads has an entry without an absolute Url ('{download.Url}').");
        }

        if (options.IndexPage is { } indexPage)
        {
            if (indexPage.Url is null || !indexPage.Url.IsAbsoluteUri)
            {
                failures.Add($"{prefix}:IndexPage:Url must be an absolute URL, was '{indexPage.Url}'.");
            }

            if (string.IsNullOrWhiteSpace(indexPage.LinkPattern))
            {
                failures.Add($"{prefix}:IndexPage:LinkPattern is required: a regular expression the file link must match.");
            }
            else if (!IsValidPattern(indexPage.LinkPattern))
            {
                failures.Add($"{prefix}:IndexPage:LinkPattern '{indexPage.LinkPattern}' is not a valid regular expression.");
            }
        }

        if (options.Enabled && options.Downloads.Count == 0 && options.IndexPage is null)
        {
            failures.Add($"{prefix} is enabled but has neither Downloads nor IndexPage; set one, or set Enabled to false and ingest saved files with 'ingest --file'.");
        }
    }

    private static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
