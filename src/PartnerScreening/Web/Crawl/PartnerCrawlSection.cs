using Microsoft.Extensions.Options;
using PartnerScreening.Crawling;
using PartnerScreening.Crawling.Progress;
using PartnerScreening.Crawling.Reports;

namespace PartnerScreening.Web.Crawl;

/// <summary>One stored report as the partner page lists it; <c>NewFindings</c> is null for a report with nothing before it.</summary>
public sealed record ReportListing(
    string Name, DateTimeOffset StartedAt, int PagesFetched, int Strong, int Medium, bool Complete, IReadOnlyList<string> BudgetsHit, int? NewFindings);

/// <summary>What the partner page's objective-check section shows: whether crawling is possible, the latest crawl and the stored reports.</summary>
public sealed record PartnerCrawlSectionModel(
    string PartnerId, bool CrawlingEnabled, PartnerCrawlStatus? Latest, IReadOnlyList<ReportListing> Reports, int ReportCount, string? ReportError);

/// <summary>Loads the objective-check section of a partner page from the report store and the crawl activity.</summary>
public sealed class PartnerCrawlSection(CrawlReportStore reports, CrawlActivity activity, IOptions<CrawlingOptions> options, ILogger<PartnerCrawlSection> logger)
{
    /// <summary>Reports listed on the partner page, newest first. Older ones stay stored in the data directory.</summary>
    public const int MaxReportsListed = 10;

    public async Task<PartnerCrawlSectionModel> LoadAsync(string partnerId, CancellationToken cancellationToken)
    {
        var names = reports.ListNames(partnerId);
        var listed = new List<ReportListing>();
        string? error = null;
        foreach (var name in names.Take(MaxReportsListed))
        {
            try
            {
                if (await reports.LoadAsync(partnerId, name, cancellationToken) is { } report)
                {
                    listed.Add(ToListing(name, report));
                }
            }
            catch (InvalidDataException exception)
            {
                // One unreadable report must not hide the others, so the section names it and lists the rest.
                CrawlPagesLog.ReportUnreadable(logger, exception, partnerId, name);
                error = name;
            }
        }

        return new PartnerCrawlSectionModel(partnerId, options.Value.HasContact, activity.LatestFor(partnerId), listed, names.Count, error);
    }

    private static ReportListing ToListing(string name, CrawlReport report) => new(
        name,
        report.StartedAt,
        report.Coverage.PagesFetched,
        report.Summary.Strong,
        report.Summary.Medium,
        report.Coverage.Complete,
        report.Coverage.BudgetsHit,
        report.Changes?.NewFindings.Count);
}
