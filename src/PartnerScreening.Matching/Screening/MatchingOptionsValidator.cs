using Microsoft.Extensions.Options;

namespace PartnerScreening.Matching.Screening;

/// <summary>Checks the thresholds, reporting every failure at once.</summary>
internal sealed class MatchingOptionsValidator : IValidateOptions<MatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingOptions options)
    {
        var failures = new List<string>();
        var thresholds = options.Thresholds;
        if (thresholds.Review is < 0 or > 100)
        {
            failures.Add($"Matching:Thresholds:Review must be between 0 and 100, was {thresholds.Review}.");
        }

        if (thresholds.Alert is < 0 or > 100)
        {
            failures.Add($"Matching:Thresholds:Alert must be between 0 and 100, was {thresholds.Alert}.");
        }

        if (thresholds.Alert < thresholds.Review)
        {
            failures.Add($"Matching:Thresholds:Alert ({thresholds.Alert}) must not be below Matching:Thresholds:Review ({thresholds.Review}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
