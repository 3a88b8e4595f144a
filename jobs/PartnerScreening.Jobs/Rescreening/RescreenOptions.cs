using System.ComponentModel.DataAnnotations;

namespace PartnerScreening.Jobs.Rescreening;

/// <summary>Settings of the nightly rescreening, section <c>Rescreen</c>.</summary>
public sealed class RescreenOptions
{
    public const string SectionName = "Rescreen";

    /// <summary>Quartz cron expression of the nightly run. Default <c>0 30 2 * * ?</c> (02:30 every day).</summary>
    [Required]
    public string Cron { get; set; } = "0 30 2 * * ?";

    /// <summary>IANA or Windows time zone the cron expression is read in. Default <c>Asia/Tokyo</c>.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Tokyo";

    /// <summary>Lowest score kept as a hit; null (the default) uses the matcher's <c>review</c> threshold.</summary>
    [Range(0, 100)]
    public double? MinScore { get; set; }

    /// <summary>Hit groups kept per screened name. Default 10.</summary>
    [Range(1, 100)]
    public int TopPerName { get; set; } = 10;

    /// <summary>
    /// How long a run triggered by an ingest waits for the name index to include the new snapshots before it
    /// fails, in seconds. Default 300.
    /// </summary>
    [Range(0, 3600)]
    public int IndexWaitSeconds { get; set; } = 300;

    /// <summary>Run the screening of subjects on this many threads; 0 (the default) uses one per processor.</summary>
    [Range(0, 64)]
    public int Parallelism { get; set; }
}
