using System.ComponentModel.DataAnnotations;

namespace PartnerScreening.Jobs.Crawling;

/// <summary>Schedule of the weekly partner crawl, bound from the <c>CrawlPartners</c> configuration section.</summary>
public sealed class CrawlPartnersJobOptions
{
    public const string SectionName = "CrawlPartners";

    /// <summary>Whether the weekly trigger is added. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Quartz cron expression, seconds first. Default <c>0 0 2 ? * SUN</c>: Sundays at 02:00.</summary>
    [Required]
    public string Cron { get; set; } = "0 0 2 ? * SUN";

    /// <summary>Time zone of <see cref="Cron"/> (IANA id). Default <c>Asia/Tokyo</c>.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Tokyo";
}
