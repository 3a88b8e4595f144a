using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Crawling;
using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Progress;

namespace PartnerScreening.Jobs.Crawling;

/// <summary>Why a crawl request was not queued, or that it was.</summary>
public enum CrawlRequestOutcome
{
    Queued,

    /// <summary><c>Crawling:ContactUrl</c> and <c>Crawling:ContactEmail</c> are not set, so no crawl may start.</summary>
    NotConfigured,

    PartnerNotFound,

    /// <summary>The partner has no website address to start from.</summary>
    NoWebsite,

    /// <summary>A crawl of the partner is already queued or running; <see cref="CrawlRequestResult.Status"/> is that crawl.</summary>
    AlreadyActive,
}

/// <summary>The result of a crawl request: the outcome and, when a crawl was queued or already active, its status.</summary>
public sealed record CrawlRequestResult(CrawlRequestOutcome Outcome, PartnerCrawlStatus? Status);

/// <summary>
/// Crawls that officers start from the partner page, run one after another in the background of the web service, never
/// inside the request. Progress and outcome go to <see cref="CrawlActivity"/>. Crawls still queued when the service
/// stops are dropped, and because the activity lives in memory, no trace of them remains after the restart.
/// </summary>
public sealed class PartnerCrawlQueue(
    IServiceProvider services,
    TrackedObjectiveCheck objectiveCheck,
    CrawlActivity activity,
    IOptions<CrawlingOptions> options,
    ILogger<PartnerCrawlQueue> logger) : BackgroundService
{
    private readonly Channel<(PartnerCrawlStatus Status, CrawlTarget Target)> _queue =
        Channel.CreateUnbounded<(PartnerCrawlStatus, CrawlTarget)>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a crawl of the registered partner <paramref name="partnerId"/> for <paramref name="requestedBy"/>.</summary>
    public async Task<CrawlRequestResult> RequestAsync(string partnerId, string requestedBy, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.HasContact)
        {
            return new CrawlRequestResult(CrawlRequestOutcome.NotConfigured, null);
        }

        var source = services.GetService<IPartnerWebsiteSource>();
        var partner = source is null ? null : await source.FindAsync(partnerId, cancellationToken).ConfigureAwait(false);
        if (partner is null)
        {
            return new CrawlRequestResult(CrawlRequestOutcome.PartnerNotFound, null);
        }

        if (partner.Websites.Count == 0)
        {
            return new CrawlRequestResult(CrawlRequestOutcome.NoWebsite, null);
        }

        var target = partner.ToTarget();
        if (activity.TryQueue(target, CrawlTrigger.Officer, requestedBy, settings.MaxPagesPerPartner) is not { } status)
        {
            return new CrawlRequestResult(CrawlRequestOutcome.AlreadyActive, activity.ActiveFor(partnerId));
        }

        // The channel is unbounded, so the write completes at once.
        await _queue.Writer.WriteAsync((status, target), cancellationToken).ConfigureAwait(false);
        CrawlPartnersLog.CrawlQueued(logger, status.RunId, partnerId);
        return new CrawlRequestResult(CrawlRequestOutcome.Queued, status);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (status, target) in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await RunOneAsync(status, target, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The service is stopping; crawls still queued are dropped with it.
        }
    }

    private async Task RunOneAsync(PartnerCrawlStatus status, CrawlTarget target, CancellationToken stoppingToken)
    {
        try
        {
            var report = await objectiveCheck.RunAsync(status, target, stoppingToken).ConfigureAwait(false);
            CrawlPartnersLog.QueuedCrawlFinished(logger, status.RunId, status.PartnerId, report.Coverage.PagesFetched, report.Findings.Count);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // The failure and its reason are on the crawl's status, which the partner page shows.
            CrawlPartnersLog.QueuedCrawlFailed(logger, exception, status.RunId, status.PartnerId);
        }
    }
}
