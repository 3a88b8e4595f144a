using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Crawling.Fetching;
using PartnerScreening.Crawling.Findings;
using PartnerScreening.Crawling.Lexicon;
using PartnerScreening.Crawling.Robots;
using PartnerScreening.Crawling.Scope;

namespace PartnerScreening.Crawling.Crawl;

/// <summary>
/// Crawls one partner's websites within its registrable domains and budgets, hosts in parallel and each host at its own
/// polite pace, and turns the pages into findings. A budget or a blocked site shortens the crawl; the result says so.
/// </summary>
public sealed class PartnerCrawler(
    PageFetcher fetcher,
    RobotsCache robots,
    SitemapReader sitemaps,
    PageProcessor processor,
    LexiconProvider lexicon,
    PublicSuffixList publicSuffixes,
    IOptions<CrawlingOptions> options,
    TimeProvider timeProvider,
    ILogger<PartnerCrawler> logger)
{
    public Task<CrawlResult> CrawlAsync(CrawlTarget target, CancellationToken cancellationToken) =>
        CrawlAsync(target, progress: null, cancellationToken);

    /// <summary>Crawls <paramref name="target"/> and reports the pages fetched so far to <paramref name="progress"/> after each page.</summary>
    public async Task<CrawlResult> CrawlAsync(CrawlTarget target, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        if (target.Seeds.Count == 0)
        {
            throw new ArgumentException($"Partner '{target.PartnerId}' has no website to crawl; add at least one URL.", nameof(target));
        }

        var settings = options.Value;
        if (!settings.HasContact)
        {
            throw new CrawlerNotConfiguredException();
        }

        var startedAt = timeProvider.GetUtcNow();
        CrawlerLog.CrawlStarted(logger, target.PartnerId, target.Seeds.Count);

        var matcher = await lexicon.LoadMatcherAsync(cancellationToken).ConfigureAwait(false);
        var seedScope = CrawlScope.FromSeeds(publicSuffixes, target.Seeds);
        var scope = new CrawlScope(publicSuffixes, seedScope.Domains.Concat(target.ExtraDomains));
        var state = new CrawlState(scope, new Frontier(settings.MaxPagesPerPartner), new FindingCollector(matcher));
        var seedIsEnglish = target.Seeds.All(LinkPriority.IsEnglishVariant);

        using var timeBudget = new CancellationTokenSource(settings.MaxTimePerPartner, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeBudget.Token);
        var timeHit = false;
        try
        {
            foreach (var seed in target.Seeds)
            {
                state.Frontier.Add(seed, 0, LinkPriority.Score(seed, null, 0, seedIsEnglish));
            }

            await QueueSitemapUrlsAsync(target, state, seedIsEnglish, linked.Token).ConfigureAwait(false);

            var workers = Enumerable.Range(0, settings.MaxParallelHosts)
                .Select(_ => WorkAsync(state, seedIsEnglish, progress, linked.Token));
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeBudget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            timeHit = true;
        }

        var result = await BuildResultAsync(target, state, startedAt, timeHit, matcher.Version, cancellationToken).ConfigureAwait(false);
        CrawlerLog.CrawlFinished(logger, target.PartnerId, result.Pages.Count, result.Skipped.Count, result.Findings.Count);
        foreach (var budget in result.Coverage.BudgetsHit)
        {
            CrawlerLog.BudgetHit(logger, target.PartnerId, budget);
        }

        return result;
    }

    private async Task QueueSitemapUrlsAsync(CrawlTarget target, CrawlState state, bool seedIsEnglish, CancellationToken cancellationToken)
    {
        foreach (var origin in target.Seeds.Select(seed => new Uri(seed.GetLeftPart(UriPartial.Authority))).Distinct())
        {
            if (!state.Scope.Contains(origin))
            {
                continue;
            }

            var policy = await robots.GetPolicyAsync(origin, cancellationToken).ConfigureAwait(false);
            var listed = policy.Sitemaps
                .Select(s => Uri.TryCreate(s, UriKind.Absolute, out var url) ? url : null)
                .OfType<Uri>()
                .ToList();

            // Sites that list no sitemap in robots.txt often still serve the conventional one.
            if (listed.Count == 0 && policy.Availability != RobotsAvailability.Unreachable)
            {
                listed.Add(new Uri(origin, "/sitemap.xml"));
            }

            foreach (var url in await sitemaps.ReadAsync(listed, state.Scope, cancellationToken).ConfigureAwait(false))
            {
                if (options.Value.MaxDepth >= 1)
                {
                    state.Frontier.Add(url, 1, LinkPriority.Score(url, null, 1, seedIsEnglish));
                }
            }
        }
    }

    private async Task WorkAsync(CrawlState state, bool seedIsEnglish, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        while (await state.Frontier.TakeAsync(cancellationToken).ConfigureAwait(false) is { } item)
        {
            try
            {
                var outcome = await fetcher.FetchAsync(item.Url, state.Scope, cancellationToken).ConfigureAwait(false);
                var links = await processor.ProcessAsync(item, outcome, state, cancellationToken).ConfigureAwait(false);
                Enqueue(links, item, state, seedIsEnglish);
            }
            finally
            {
                state.Frontier.Release(item);
            }

            progress?.Report(new CrawlProgress(state.PageCount, options.Value.MaxPagesPerPartner));
        }
    }

    private void Enqueue(IReadOnlyList<Text.PageLink> links, FrontierItem item, CrawlState state, bool seedIsEnglish)
    {
        foreach (var link in links)
        {
            if (item.Depth + 1 > options.Value.MaxDepth)
            {
                state.CountBeyondDepth(link.Target);
                continue;
            }

            state.Frontier.Add(link.Target, item.Depth + 1, LinkPriority.Score(link.Target, link.AnchorText, item.Depth + 1, seedIsEnglish));
        }
    }

    private async Task<CrawlResult> BuildResultAsync(
        CrawlTarget target, CrawlState state, DateTimeOffset startedAt, bool timeHit, string lexiconVersion, CancellationToken cancellationToken)
    {
        var budgets = new List<string>();
        if (state.Frontier.PageBudgetHit)
        {
            budgets.Add("pages");
        }

        if (state.BeyondDepth > 0)
        {
            budgets.Add("depth");
        }

        if (timeHit)
        {
            budgets.Add("time");
        }

        var robotsRecords = new List<RobotsRecord>();
        foreach (var origin in state.Origins())
        {
            var policy = await robots.GetPolicyAsync(origin, cancellationToken).ConfigureAwait(false);
            robotsRecords.Add(new RobotsRecord(
                policy.Origin, policy.Availability.ToString(), policy.StatusCode, policy.Detail, policy.Group.CrawlDelay?.TotalSeconds, policy.Group.Rules.Count));
        }

        var skipped = state.Skipped;
        int Count(params SkipReason[] reasons) => skipped.Count(s => reasons.Contains(s.Reason));
        var pages = state.Pages;
        var coverage = new CrawlCoverage
        {
            PagesFetched = pages.Count(p => p.Status is >= 200 and < 300 && p.Sha256 is not null),
            HtmlPages = pages.Count(p => p.Charset is not null),
            PdfPages = pages.Count(p => p.MediaType == "application/pdf" && p.Sha256 is not null),
            BlockedByRobots = Count(SkipReason.RobotsDisallowed),
            Errors = Count(SkipReason.HttpError, SkipReason.Timeout, SkipReason.NetworkError, SkipReason.Unreadable, SkipReason.TooManyRedirects),
            Blocked = Count(SkipReason.Challenge, SkipReason.HostGivenUp, SkipReason.Throttled),
            OutOfScope = Count(SkipReason.OutOfScope) + state.OffsiteLinks.Count,
            NoFollow = state.NoFollow,
            AddressRejected = Count(SkipReason.AddressRejected),
            BudgetsHit = budgets,
            UrlsNotVisited = state.Frontier.Remaining + state.BeyondDepth,
            WeakMatches = state.Findings.WeakMatches,
            SuppressedMatches = state.Findings.SuppressedMatches,
        };

        return new CrawlResult
        {
            Target = target,
            Domains = [.. state.Scope.Domains.Order(StringComparer.Ordinal)],
            StartedAt = startedAt,
            FinishedAt = timeProvider.GetUtcNow(),
            UserAgent = options.Value.UserAgent,
            LexiconVersion = lexiconVersion,
            Pages = pages,
            Skipped = skipped,
            OffsiteLinks = state.OffsiteLinks,
            Robots = robotsRecords,
            Findings = state.Findings.Findings,
            Coverage = coverage,
        };
    }
}
