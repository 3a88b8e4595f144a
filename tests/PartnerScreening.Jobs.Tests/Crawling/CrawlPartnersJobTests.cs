using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using PartnerScreening.Crawling;
using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Lexicon;
using PartnerScreening.Crawling.Progress;
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

    private static ServiceProvider CreateServices(TempDirectory dataDirectory, IPartnerWebsiteSource? partners, bool withContact = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Crawling:MinimumDelay"] = "00:00:00.001",
            ["Crawling:CrawlDelayCap"] = "00:00:00.010",
            ["Crawling:ResponseTimeFactor"] = "0",
            ["Crawling:AllowLoopback"] = "true",
        };
        if (withContact)
        {
            settings["Crawling:ContactUrl"] = "https://export-control.example.ac.jp/crawler";
            settings["Crawling:ContactEmail"] = "export-control@example.ac.jp";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddFakeLogging());
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
    public async Task Run_RobotsDisallowsAll_WarnsNothingChecked()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        server.Given(Request.Create().WithPath("/robots.txt").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/plain").WithBody("User-agent: *\nDisallow: /\n"));
        using var dataDirectory = new TempDirectory();
        var partners = new FixedPartners(new PartnerWebsites("5", "Closed site", [new Uri($"http://127.0.0.1:{server.Ports[0]}/")]));
        await using var services = CreateServices(dataDirectory, partners);

        var summary = await services.GetRequiredService<CrawlPartnersJob>().RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new CrawlPartnersSummary(1, 1, 0), summary);
        var warning = Assert.Single(services.GetFakeLogCollector().GetSnapshot(), record => record.Id.Id == 4310);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("partner 5", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Disallowed by robots.txt: 1", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PageFetched_NoNothingCheckedWarning()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        server.Given(Request.Create().WithPath("/robots.txt").UsingGet()).RespondWith(Response.Create().WithStatusCode(404));
        server.Given(Request.Create().WithPath("/").UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html; charset=utf-8")
            .WithBody("<html lang=\"zh-CN\"><body><p>欢迎。</p></body></html>"));
        using var dataDirectory = new TempDirectory();
        var partners = new FixedPartners(new PartnerWebsites("6", "Open site", [new Uri($"http://127.0.0.1:{server.Ports[0]}/")]));
        await using var services = CreateServices(dataDirectory, partners);

        await services.GetRequiredService<CrawlPartnersJob>().RunAsync(TestContext.Current.CancellationToken);

        Assert.DoesNotContain(services.GetFakeLogCollector().GetSnapshot(), record => record.Id.Id == 4310);
    }

    [Fact]
    public async Task Run_NoPartnerSource_SkipsWithoutError()
    {
        using var dataDirectory = new TempDirectory();
        await using var services = CreateServices(dataDirectory, partners: null);

        var summary = await services.GetRequiredService<CrawlPartnersJob>().RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new CrawlPartnersSummary(0, 0, 0), summary);
    }

    [Fact]
    public async Task Run_SecondWeek_ReportComparesWithPreviousReport()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        server.Given(Request.Create().WithPath("/robots.txt").UsingGet()).RespondWith(Response.Create().WithStatusCode(404));
        server.Given(Request.Create().WithPath("/").UsingGet()).InScenario("site").WillSetStateTo("changed").RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html; charset=utf-8")
            .WithBody("<html lang=\"zh-CN\"><body><p>学校设有国防科技重点实验室。</p></body></html>"));
        server.Given(Request.Create().WithPath("/").UsingGet()).InScenario("site").WhenStateIs("changed").RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html; charset=utf-8")
            .WithBody("<html lang=\"zh-CN\"><body><p>学校与中国航天科技集团签署战略合作协议。</p></body></html>"));
        using var dataDirectory = new TempDirectory();
        await using var services = CreateServices(dataDirectory, new FixedPartners(new PartnerWebsites("7", "Fixture university", [new Uri($"http://127.0.0.1:{server.Ports[0]}/")])));
        var job = services.GetRequiredService<CrawlPartnersJob>();
        var store = services.GetRequiredService<CrawlReportStore>();

        await job.RunAsync(TestContext.Current.CancellationToken);
        // Report names are start times in whole seconds, so the second run must start in a later second.
        await Task.Delay(1100, TestContext.Current.CancellationToken);
        await job.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, store.ListNames("7").Count);
        var latest = await store.LoadLatestAsync("7", TestContext.Current.CancellationToken);
        Assert.NotNull(latest);
        var changes = Assert.IsType<ReportChanges>(latest.Changes);
        Assert.Contains(changes.NewFindings, f => f.Term.Contains("航天科技集团", StringComparison.Ordinal));
        var gone = Assert.Single(changes.GoneFindings);
        Assert.Equal("国防科技重点实验室", gone.Finding.Term);
        Assert.True(gone.PageFetchedAgain);
    }

    [Fact]
    public async Task Run_TwoPartners_ProgressCountsEveryPartner()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        server.Given(Request.Create().WithPath("/robots.txt").UsingGet()).RespondWith(Response.Create().WithStatusCode(404));
        server.Given(Request.Create().WithPath("/").UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html; charset=utf-8").WithBody("<html lang=\"en\"><body><p>About us.</p></body></html>"));
        using var dataDirectory = new TempDirectory();
        var site = new Uri($"http://127.0.0.1:{server.Ports[0]}/");
        await using var services = CreateServices(dataDirectory, new FixedPartners(
            new PartnerWebsites("1", "First", [site]),
            new PartnerWebsites("2", "Second", [])));

        await services.GetRequiredService<CrawlPartnersJob>().RunAsync(TestContext.Current.CancellationToken);

        var activity = services.GetRequiredService<CrawlActivity>();
        var weekly = Assert.IsType<WeeklyCrawlStatus>(activity.Weekly);
        Assert.Equal(2, weekly.Total);
        Assert.Equal(2, weekly.Done);
        Assert.Equal(1, weekly.Succeeded);
        Assert.Equal(1, weekly.Failed);
        Assert.False(weekly.IsActive);
        Assert.Empty(weekly.Current);
        var first = Assert.IsType<PartnerCrawlStatus>(activity.LatestFor("1"));
        Assert.Equal(CrawlRunState.Succeeded, first.State);
        Assert.Equal(CrawlTrigger.Weekly, first.Trigger);
        Assert.Equal(1, first.PagesFetched);
        Assert.NotNull(first.ReportName);
        var second = Assert.IsType<PartnerCrawlStatus>(activity.LatestFor("2"));
        Assert.Equal(CrawlRunState.Failed, second.State);
        Assert.Contains("no website", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OfficerCrawlActive_PartnerSkipped()
    {
        using var dataDirectory = new TempDirectory();
        var partner = new PartnerWebsites("3", "Busy", [new Uri("http://127.0.0.1:9/")]);
        await using var services = CreateServices(dataDirectory, new FixedPartners(partner));
        var activity = services.GetRequiredService<CrawlActivity>();
        Assert.NotNull(activity.TryQueue(partner.ToTarget(), CrawlTrigger.Officer, "officer@example.test", 300));

        var summary = await services.GetRequiredService<CrawlPartnersJob>().RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new CrawlPartnersSummary(1, 0, 0) { Skipped = 1 }, summary);
        Assert.Equal(1, activity.Weekly?.Skipped);
    }

    [Fact]
    public async Task Run_NoContactSettings_SkipsAndRecordsWhy()
    {
        using var dataDirectory = new TempDirectory();
        await using var services = CreateServices(dataDirectory, new FixedPartners(new PartnerWebsites("4", "Any", [new Uri("http://127.0.0.1:9/")])), withContact: false);

        var summary = await services.GetRequiredService<CrawlPartnersJob>().RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new CrawlPartnersSummary(0, 0, 0), summary);
        var weekly = Assert.IsType<WeeklyCrawlStatus>(services.GetRequiredService<CrawlActivity>().Weekly);
        Assert.Contains("Crawling:ContactUrl", weekly.Error, StringComparison.Ordinal);
        Assert.Contains("Crawling:ContactUrl", weekly.ErrorJa, StringComparison.Ordinal);
        Assert.Null(services.GetRequiredService<CrawlActivity>().LatestFor("4"));
    }
}
