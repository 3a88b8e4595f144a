using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Crawling;
using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Progress;
using PartnerScreening.Crawling.Reports;
using PartnerScreening.Jobs.Crawling;
using Quartz;

namespace PartnerScreening.Jobs;

/// <summary>
/// Weekly objective check of every partner's websites: crawls them in parallel (each host at its own pace), stores a
/// report per partner and compares it with the partner's previous report. One partner's failure is logged and the run
/// goes on. Without the contact settings the run is skipped, because no partner could be crawled. Progress (partners
/// done, partners being crawled) is recorded in <see cref="CrawlActivity"/> for the crawl status page.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CrawlPartnersJob(
    IServiceProvider services,
    TrackedObjectiveCheck objectiveCheck,
    CrawlActivity activity,
    IOptions<CrawlingOptions> options,
    ILogger<CrawlPartnersJob> logger) : IJob
{
    public static readonly JobKey Key = new("crawl-partners", "crawling");

    public static readonly TriggerKey WeeklyTriggerKey = new("crawl-partners-weekly", "crawling");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        context.Result = await RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Crawls every partner with a website and returns how many reports were written, failed or skipped.</summary>
    public async Task<CrawlPartnersSummary> RunAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IPartnerWebsiteSource>() is not { } source)
        {
            CrawlPartnersLog.NoPartnerSource(logger);
            return new CrawlPartnersSummary(0, 0, 0);
        }

        var settings = options.Value;
        if (!settings.HasContact)
        {
            CrawlPartnersLog.NotConfigured(logger);
            var notConfigured = new CrawlerNotConfiguredException();
            activity.StartWeekly(0);
            activity.FinishWeekly(notConfigured.Message, notConfigured.MessageJa);
            return new CrawlPartnersSummary(0, 0, 0);
        }

        var partners = await source.ListAsync(cancellationToken).ConfigureAwait(false);
        CrawlPartnersLog.RunStarted(logger, partners.Count);
        activity.StartWeekly(partners.Count);

        var succeeded = 0;
        var failed = 0;
        var skipped = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelPartners, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(partners, parallel, async (partner, token) =>
            {
                var target = partner.ToTarget();
                if (activity.TryQueue(target, CrawlTrigger.Weekly, requestedBy: null, settings.MaxPagesPerPartner) is not { } status)
                {
                    // An officer's crawl of this partner is queued or running, and it writes the report this run would write.
                    Interlocked.Increment(ref skipped);
                    activity.CountWeeklyPartner(WeeklyPartnerOutcome.Skipped);
                    CrawlPartnersLog.PartnerAlreadyCrawling(logger, partner.PartnerId);
                    return;
                }

                try
                {
                    var report = await objectiveCheck.RunAsync(status, target, token).ConfigureAwait(false);
                    Interlocked.Increment(ref succeeded);
                    activity.CountWeeklyPartner(WeeklyPartnerOutcome.Succeeded);
                    CrawlPartnersLog.PartnerCrawled(logger, partner.PartnerId, report.Coverage.PagesFetched, report.Findings.Count);
                    if (NothingFetched.Applies(report))
                    {
                        // Unattended runs have no one reading the summary, so a crawl that checked nothing must show in the log.
                        CrawlPartnersLog.PartnerFetchedNothing(logger, partner.PartnerId, NothingFetched.DescribeInEnglish(report));
                    }
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception exception)
                {
                    Interlocked.Increment(ref failed);
                    activity.CountWeeklyPartner(WeeklyPartnerOutcome.Failed);
                    CrawlPartnersLog.PartnerFailed(logger, exception, partner.PartnerId);
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            activity.FinishWeekly("The weekly crawl was cancelled because the service is stopping.", "サービスの停止により週次クロールを中止しました。");
            throw;
        }

        activity.FinishWeekly();
        CrawlPartnersLog.RunFinished(logger, succeeded, failed, skipped);
        return new CrawlPartnersSummary(partners.Count, succeeded, failed) { Skipped = skipped };
    }
}

/// <summary>The outcome of one weekly run.</summary>
public sealed record CrawlPartnersSummary(int Partners, int Succeeded, int Failed)
{
    /// <summary>Partners not crawled by this run because an officer's crawl of them was already queued or running.</summary>
    public int Skipped { get; init; }
}
