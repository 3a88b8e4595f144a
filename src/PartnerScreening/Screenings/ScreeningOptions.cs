using System.ComponentModel.DataAnnotations;
using PartnerScreening.Domain.Screening;

namespace PartnerScreening.Screenings;

/// <summary>Screening settings, section <c>Screening</c>.</summary>
public sealed class ScreeningOptions : IValidatableObject
{
    public const string SectionName = "Screening";

    /// <summary>Hits at or above this score are shown and make the decision <c>review</c>. Default 70.</summary>
    [Range(0, 100)]
    public double Review { get; set; } = 70;

    /// <summary>Hits at or above this score make the decision <c>alert</c>. Default 85.</summary>
    [Range(0, 100)]
    public double Alert { get; set; } = 85;

    /// <summary>Maximum number of hit groups returned per screening. Default 10.</summary>
    [Range(1, 100)]
    public int MaxGroups { get; set; } = 10;

    /// <summary>A list in force older than this many days raises a warning on every page and API response. Default 14.</summary>
    [Range(1, 3650)]
    public int MaxListAgeDays { get; set; } = 14;

    public ScreeningThresholds Thresholds => new() { Review = Review, Alert = Alert };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Alert < Review)
        {
            yield return new ValidationResult(
                $"Screening:Alert ({Alert}) must be at least Screening:Review ({Review}).", [nameof(Alert), nameof(Review)]);
        }
    }
}
