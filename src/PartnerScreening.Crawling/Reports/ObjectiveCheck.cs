using PartnerScreening.Crawling.Crawl;

namespace PartnerScreening.Crawling.Reports;

/// <summary>
/// Runs the website part of the objective check for one partner: crawl, compare with the partner's previous report
/// (or a given one), store the new report and return it.
/// </summary>
public sealed class ObjectiveCheck(PartnerCrawler crawler, CrawlReportStore store)
{
    public Task<(CrawlReport Report, string JsonPath)> RunAsync(CrawlTarget target, CrawlReport? previous, CancellationToken cancellationToken) =>
        RunAsync(target, previous, progress: null, cancellationToken);

    /// <summary>
    /// Crawls, compares and stores like <see cref="RunAsync(CrawlTarget, CrawlReport?, CancellationToken)"/>, and reports
    /// progress to <paramref name="progress"/>. A null <paramref name="previous"/> means the partner's latest stored report.
    /// </summary>
    public async Task<(CrawlReport Report, string JsonPath)> RunAsync(
        CrawlTarget target, CrawlReport? previous, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        var baseline = previous ?? await store.LoadLatestAsync(target.PartnerId, cancellationToken).ConfigureAwait(false);
        var result = await crawler.CrawlAsync(target, progress, cancellationToken).ConfigureAwait(false);
        var report = CrawlReportBuilder.Build(result, baseline);
        var path = await store.SaveAsync(report, cancellationToken).ConfigureAwait(false);
        return (report, path);
    }
}
