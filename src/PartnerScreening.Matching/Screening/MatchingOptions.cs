using System.ComponentModel.DataAnnotations;
using PartnerScreening.Domain.Screening;

namespace PartnerScreening.Matching.Screening;

/// <summary>Options of the matcher, bound from the configuration section <c>Matching</c>.</summary>
public sealed class MatchingOptions
{
    public const string SectionName = "Matching";

    /// <summary>The <c>review</c> and <c>alert</c> thresholds (section <c>Matching:Thresholds</c>). Defaults 70 and 85.</summary>
    public ScreeningThresholds Thresholds { get; set; } = new();

    /// <summary>Listed names the index returns to the scorer per query. Default 100.</summary>
    [Range(10, 5000)]
    public int MaxCandidates { get; set; } = 100;

    /// <summary>
    /// Seconds between checks for an index version built by another process, such as <c>ingest</c> run from the
    /// command line while the service runs. Default 10.
    /// </summary>
    [Range(1, 3600)]
    public int IndexRefreshSeconds { get; set; } = 10;

    /// <summary>Index versions kept on disk besides the current one. Default 1 (the previous version).</summary>
    [Range(0, 10)]
    public int KeepPreviousVersions { get; set; } = 1;
}
