using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Fetching;
using PartnerScreening.Crawling.Findings;
using PartnerScreening.Crawling.Lexicon;
using PartnerScreening.Crawling.Progress;
using PartnerScreening.Crawling.Reports;
using PartnerScreening.Crawling.Robots;
using PartnerScreening.Crawling.Scope;
using Polly;

namespace PartnerScreening.Crawling;

/// <summary>Registers the website crawler, its validated options and its HTTP client.</summary>
public static class CrawlingServiceCollectionExtensions
{
    public static IServiceCollection AddPartnerScreeningCrawling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrawlingOptions>()
            .Bind(configuration.GetSection(CrawlingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CrawlingOptions>, CrawlingOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostAddressResolver, DnsHostAddressResolver>();
        services.TryAddSingleton(_ => PublicSuffixList.Load(PublicSuffixList.DefaultPath));
        services.TryAddSingleton<AddressGuard>();
        services.TryAddSingleton<HostPacer>();
        services.TryAddSingleton<CrawlerHttpClient>();
        services.TryAddSingleton<RobotsCache>();
        services.TryAddSingleton<PageFetcher>();
        services.TryAddSingleton<SitemapReader>();
        services.TryAddSingleton<PageStore>();
        services.TryAddSingleton<PageProcessor>();
        services.TryAddSingleton<OfficerTermStore>();
        services.TryAddSingleton(provider => new LexiconProvider(provider.GetRequiredService<OfficerTermStore>()));
        services.TryAddSingleton<PartnerCrawler>();
        services.TryAddSingleton<CrawlReportStore>();
        services.TryAddSingleton<ObjectiveCheck>();
        services.TryAddSingleton<CrawlActivity>();
        services.TryAddSingleton<TrackedObjectiveCheck>();

        services.AddHttpClient(CrawlerHttpClient.ClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => CreateHandler(provider.GetRequiredService<AddressGuard>()))
            .AddResilienceHandler("crawler", (builder, context) =>
            {
                var crawling = context.ServiceProvider.GetRequiredService<IOptions<CrawlingOptions>>().Value;

                // Only connection failures and attempt timeouts are retried here, once, after the host's minimum pause.
                // HTTP 429 and 503 go back to the crawler, which waits Retry-After or backs off before asking again.
                builder.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 1,
                    Delay = crawling.MinimumDelay,
                    BackoffType = DelayBackoffType.Constant,
                    UseJitter = false,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException { InnerException: not AddressRejectedException }
                        or Polly.Timeout.TimeoutRejectedException),
                });
                builder.AddTimeout(crawling.PageTimeout);
            });

        return services;
    }

    private static SocketsHttpHandler CreateHandler(AddressGuard guard) => new()
    {
        AllowAutoRedirect = false,
        // A proxy would connect on the crawler's behalf and bypass the address guard.
        UseProxy = false,
        UseCookies = false,
        MaxConnectionsPerServer = 1,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectCallback = guard.ConnectAsync,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
