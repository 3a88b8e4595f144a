using System.ComponentModel.DataAnnotations;

namespace PartnerScreening.Screenings;

/// <summary>
/// Screening settings, section <c>Screening</c>. The review and alert thresholds are the matcher's
/// (<c>Matching:Thresholds</c>), so the API decision and the nightly rescreening use the same numbers.
/// </summary>
public sealed class ScreeningOptions
{
    public const string SectionName = "Screening";

    /// <summary>Maximum number of hit groups returned per screening. Default 10.</summary>
    [Range(1, 100)]
    public int MaxGroups { get; set; } = 10;

    /// <summary>A list in force older than this many days raises a warning on every page and API response. Default 14.</summary>
    [Range(1, 3650)]
    public int MaxListAgeDays { get; set; } = 14;
}
