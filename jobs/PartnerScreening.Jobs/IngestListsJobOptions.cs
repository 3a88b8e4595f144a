namespace PartnerScreening.Jobs;

/// <summary>Schedule of <see cref="IngestListsJob"/>, section <c>Jobs:IngestLists</c>.</summary>
public sealed class IngestListsJobOptions
{
    public const string SectionName = "Jobs:IngestLists";

    /// <summary>Quartz cron expression (seconds first). Default <c>0 30 2 * * ?</c>: every day at 02:30.</summary>
    public string Cron { get; set; } = "0 30 2 * * ?";

    /// <summary>IANA or Windows time zone id the cron expression is read in. Default <c>Asia/Tokyo</c>.</summary>
    public string TimeZone { get; set; } = "Asia/Tokyo";
}
