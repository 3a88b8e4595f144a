using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Crawling;
using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Reports;
using PartnerScreening.Jobs.Crawling;
using Quartz;

namespace PartnerScreening.Jobs;

/// <summary>
/// Weekly objective check of every partner's websites: crawls them in parallel (each host at its own pace), stores a
/// report per partner and compares it with the previous one. One partner's failure is logged and the run goes on;
/// missing contact settings stop the run because no partner could be crawled.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CrawlPartnersJob(
    IServiceProvider services,
    ObjectiveCheck objectiveCheck,
    IOptions<CrawlingOptions> options,
    ILogger<CrawlPartnersJob> logger) : IJob
{
    public static readonly JobKey Key = new("crawl-partners", "crawling");

    public static readonly TriggerKey WeeklyTriggerKey = new("crawl-partners-weekly", "crawling");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        context.Result = await RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Crawls every partner with a website and returns how many reports were written and how many failed.</summary>
    public async Task<CrawlPartnersSummary> RunAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IPartnerWebsiteSource>() is not { } source)
        {
            CrawlPartnersLog.NoPartnerSource(logger);
            return new CrawlPartnersSummary(0, 0, 0);
        }

        var partners = await source.ListAsync(cancellationToken).ConfigureAwait(false);
        CrawlPartnersLog.RunStarted(logger, partners.Count);

        var succeeded = 0;
        var failed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelPartners, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(partners, parallel, async (partner, token) =>
        {
            try
            {
                var (report, path) = await objectiveCheck.RunAsync(partner.ToTarget(), previous: null, token).ConfigureAwait(false);
                Interlocked.Increment(ref succeeded);
                CrawlPartnersLog.PartnerCrawled(logger, partner.PartnerId, report.Coverage.PagesFetched, report.Findings.Count, path);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                throw;
            }
            catch (CrawlerNotConfiguredException)
            {
                throw;
            }
            catch (Exception exception)
            {
                Interlocked.Increment(ref failed);
                CrawlPartnersLog.PartnerFailed(logger, exception, partner.PartnerId);
            }
        }).ConfigureAwait(false);

        CrawlPartnersLog.RunFinished(logger, succeeded, failed);
        return new CrawlPartnersSummary(partners.Count, succeeded, failed);
    }
}

/// <summary>The outcome of one weekly run.</summary>
public sealed record CrawlPartnersSummary(int Partners, int Succeeded, int Failed);
