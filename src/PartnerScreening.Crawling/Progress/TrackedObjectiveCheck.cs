using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Reports;

namespace PartnerScreening.Crawling.Progress;

/// <summary>
/// Runs the objective check of one queued partner crawl and records its progress and outcome in
/// <see cref="CrawlActivity"/>, so the partner page and the crawl status page can show it while it runs.
/// </summary>
public sealed class TrackedObjectiveCheck(ObjectiveCheck objectiveCheck, CrawlActivity activity)
{
    /// <summary>
    /// Crawls <paramref name="target"/> for the queued crawl <paramref name="status"/>, compared with the partner's latest
    /// stored report. A failure is recorded on the crawl and then rethrown.
    /// </summary>
    public async Task<CrawlReport> RunAsync(PartnerCrawlStatus status, CrawlTarget target, CancellationToken cancellationToken)
    {
        activity.MarkRunning(status.RunId);
        try
        {
            var (report, _) = await objectiveCheck.RunAsync(target, previous: null, activity.ProgressOf(status.RunId), cancellationToken).ConfigureAwait(false);
            activity.MarkSucceeded(status.RunId, CrawlReportStore.NameOf(report), report.Coverage.PagesFetched);
            return report;
        }
        catch (Exception exception)
        {
            var (error, errorJa) = Describe(exception, cancellationToken);
            activity.MarkFailed(status.RunId, error, errorJa);
            throw;
        }
    }

    private static (string Error, string ErrorJa) Describe(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        CrawlerNotConfiguredException notConfigured => (notConfigured.Message, notConfigured.MessageJa),
        OperationCanceledException when cancellationToken.IsCancellationRequested =>
            ("The crawl was cancelled because the service is stopping; start it again.", "サービスの停止によりクロールを中止しました。もう一度開始してください。"),
        ArgumentException argument => (argument.Message, $"調査を開始できませんでした（入力が正しくありません）: {argument.Message}"),
        _ => ($"The crawl failed: {exception.Message}", $"クロールに失敗しました: {exception.Message}"),
    };
}
