using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Fetching;
using PartnerScreening.Crawling.Lexicon;
using PartnerScreening.Domain;
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

    private readonly TempDirectory _dataDirectory;

    private CrawlerTestHost(ServiceProvider services, LoopbackResolver resolver, TempDirectory dataDirectory)
    {
        Services = services;
        Resolver = resolver;
        _dataDirectory = dataDirectory;
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

        var dataDirectory = new TempDirectory();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IHostAddressResolver>(resolver);
        services.AddSingleton(Suffixes.Value);
        services.AddSingleton(new DataDirectory(dataDirectory.Path).EnsureCreated());
        services.AddSingleton(provider => new LexiconProvider(provider.GetRequiredService<OfficerTermStore>(), SharedPaths.Data("lexicon", "military-links.json")));
        services.AddPartnerScreeningCrawling(configuration);
        configure?.Invoke(services);

        return new CrawlerTestHost(services.BuildServiceProvider(validateScopes: true), resolver, dataDirectory);
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public CrawlScope ScopeFor(params Uri[] seeds) => CrawlScope.FromSeeds(Suffixes.Value, seeds);

    /// <summary>Crawls <paramref name="seeds"/> as one partner.</summary>
    public Task<CrawlResult> CrawlAsync(params Uri[] seeds) =>
        Get<PartnerCrawler>().CrawlAsync(new CrawlTarget("test-partner", "Test partner", seeds), TestContext.Current.CancellationToken);

    public void Dispose()
    {
        Services.Dispose();
        _dataDirectory.Dispose();
    }
}
