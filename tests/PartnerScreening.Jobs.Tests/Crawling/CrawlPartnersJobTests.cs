using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerScreening.Crawling;
using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Lexicon;
using PartnerScreening.Crawling.Reports;
using PartnerScreening.Crawling.Scope;
using PartnerScreening.Domain;
using PartnerScreening.Jobs.Crawling;
using PartnerScreening.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using Xunit;

namespace PartnerScreening.Jobs.Tests.Crawling;

public sealed class CrawlPartnersJobTests
{
    /// <summary>Partners served from memory, the way the registry serves them.</summary>
    private sealed class FixedPartners(params PartnerWebsites[] partners) : IPartnerWebsiteSource
    {
        public Task<PartnerWebsites?> FindAsync(string partnerId, CancellationToken cancellationToken) =>
            Task.FromResult(partners.FirstOrDefault(p => p.PartnerId == partnerId));

        public Task<IReadOnlyList<PartnerWebsites>> ListAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PartnerWebsites>>(partners);
    }

    private static ServiceProvider CreateServices(TempDirectory dataDirectory, IPartnerWebsiteSource? partners)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Crawling:ContactUrl"] = "https://export-control.example.ac.jp/crawler",
            ["Crawling:ContactEmail"] = "export-control@example.ac.jp",
            ["Crawling:MinimumDelay"] = "00:00:00.001",
            ["Crawling:CrawlDelayCap"] = "00:00:00.010",
            ["Crawling:ResponseTimeFactor"] = "0",
            ["Crawling:AllowLoopback"] = "true",
        }).Build();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(new DataDirectory(dataDirectory.Path).EnsureCreated());
        services.AddSingleton(PublicSuffixList.Load(SharedPaths.Data("publicsuffix", "public_suffix_list.dat")));
        services.AddSingleton(provider => new LexiconProvider(provider.GetRequiredService<OfficerTermStore>(), SharedPaths.Data("lexicon", "military-links.json")));
        services.AddPartnerScreeningCrawling(configuration);
        services.AddCrawlPartners(configuration);
        if (partners is not null)
        {
            services.AddSingleton(partners);
        }

        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Run_OnePartnerFails_OthersStillCrawled()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        server.Given(Request.Create().WithPath("/robots.txt").UsingGet()).RespondWith(Response.Create().WithStatusCode(404));
        server.Given(Request.Create().WithPath("/").UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html; charset=utf-8")
            .WithBody("<html lang=\"zh-CN\"><body><p>学校设有国防科技重点实验室。</p></body></html>"));
        using var dataDirectory = new TempDirectory();
        var partners = new FixedPartners(
            new PartnerWebsites("1", "No website", []),
            new PartnerWebsites("2", "Fixture university", [new Uri($"http://127.0.0.1:{server.Ports[0]}/")]));
        await using var services = CreateServices(dataDirectory, partners);

        var summary = await services.GetRequiredService<CrawlPartnersJob>().RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new CrawlPartnersSummary(2, 1, 1), summary);
        var report = await services.GetRequiredService<CrawlReportStore>().LoadLatestAsync("2", TestContext.Current.CancellationToken);
        Assert.NotNull(report);
        Assert.Contains(report.Findings, f => f.Term == "国防科技重点实验室");
    }

    [Fact]
    public async Task Run_NoPartnerSource_SkipsWithoutError()
    {
        using var dataDirectory = new TempDirectory();
        await using var services = CreateServices(dataDirectory, partners: null);

        var summary = await services.GetRequiredService<CrawlPartnersJob>().RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new CrawlPartnersSummary(0, 0, 0), summary);
    }
}
