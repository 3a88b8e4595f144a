using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerScreening.Crawling.Fetching;
using PartnerScreening.Crawling.Scope;
using PartnerScreening.Testing;

namespace PartnerScreening.Crawling.Tests.Support;

/// <summary>
/// The crawler's real service graph with tiny delays, loopback allowed and a <see cref="LoopbackResolver"/> in place of DNS.
/// Settings can be overridden per test with configuration keys such as <c>Crawling:MaxPagesPerPartner</c>.
/// </summary>
public sealed class CrawlerTestHost : IDisposable
{
    private static readonly Lazy<PublicSuffixList> Suffixes = new(() => PublicSuffixList.Load(SharedPaths.Data("publicsuffix", "public_suffix_list.dat")));

    private CrawlerTestHost(ServiceProvider services, LoopbackResolver resolver)
    {
        Services = services;
        Resolver = resolver;
    }

    public ServiceProvider Services { get; }

    public LoopbackResolver Resolver { get; }

    public static PublicSuffixList PublicSuffixes => Suffixes.Value;

    public static CrawlerTestHost Create(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Crawling:ContactUrl"] = "https://export-control.example.ac.jp/crawler",
            ["Crawling:ContactEmail"] = "export-control@example.ac.jp",
            ["Crawling:MinimumDelay"] = "00:00:00.001",
            ["Crawling:CrawlDelayCap"] = "00:00:00.010",
            ["Crawling:ResponseTimeFactor"] = "0",
            ["Crawling:BackoffBase"] = "00:00:00.001",
            ["Crawling:BackoffCap"] = "00:00:00.050",
            ["Crawling:PageTimeout"] = "00:00:20",
            ["Crawling:AllowLoopback"] = "true",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var resolver = new LoopbackResolver();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IHostAddressResolver>(resolver);
        services.AddSingleton(Suffixes.Value);
        services.AddPartnerScreeningCrawling(configuration);
        configure?.Invoke(services);

        return new CrawlerTestHost(services.BuildServiceProvider(validateScopes: true), resolver);
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public CrawlScope ScopeFor(params Uri[] seeds) => CrawlScope.FromSeeds(Suffixes.Value, seeds);

    public void Dispose() => Services.Dispose();
}
