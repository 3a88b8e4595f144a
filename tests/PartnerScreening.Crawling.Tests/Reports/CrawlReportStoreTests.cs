using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Findings;
using PartnerScreening.Crawling.Progress;
using PartnerScreening.Crawling.Reports;
using PartnerScreening.Crawling.Tests.Crawl;
using PartnerScreening.Crawling.Tests.Support;

namespace PartnerScreening.Crawling.Tests.Reports;

public sealed class CrawlReportStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Save_StoredHtml_LinksJsonAndPagesAsFetched()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Html("/", EvidenceSites.Page("zh-CN", "首页", "<p>学校设有国防科技重点实验室。</p>"), "text/html; charset=GBK");
        var store = host.Get<CrawlReportStore>();

        var (report, jsonPath) = await host.Get<ObjectiveCheck>().RunAsync(new CrawlTarget("12", "Univ A", [site.Root]), previous: null, Token);

        var name = CrawlReportStore.NameOf(report);
        Assert.Equal([name], store.ListNames("12"));
        Assert.Equal(jsonPath, store.FindFile("12", name, ".json"));
        var html = await File.ReadAllTextAsync(store.FindFile("12", name, ".html")!, Token);
        Assert.Contains($"<a href=\"{name}.json\">JSON</a>", html);
        var finding = Assert.Single(report.Findings);
        var link = $"../../../pages/{finding.PageSha256[..2]}/{finding.PageSha256}.bin?type=text%2Fhtml&amp;charset=GBK";
        Assert.Contains(link, html);

        // The relative link resolves from the stored report to the stored page bytes.
        var reportFolder = Path.GetDirectoryName(jsonPath)!;
        var target = Path.GetFullPath(Path.Combine(reportFolder, $"../../../pages/{finding.PageSha256[..2]}/{finding.PageSha256}.bin"));
        Assert.Equal(host.Get<PageStore>().PathOf(finding.PageSha256), target);
        Assert.True(File.Exists(target));
    }

    [Fact]
    public void Write_WithoutLinks_HasNoPageLinks()
    {
        var report = new CrawlReport
        {
            Partner = new ReportPartner("1", "x"),
            Domains = [],
            Seeds = [],
            StartedAt = DateTimeOffset.UnixEpoch,
            FinishedAt = DateTimeOffset.UnixEpoch,
            UserAgent = "ua",
            LexiconVersion = "1",
            Summary = new ReportSummary(0, 0, new Dictionary<Lexicon.RelationType, int>()),
            Coverage = new CrawlCoverage(),
            Robots = [],
            Findings = [],
            Pages = [],
            Skipped = [],
            OffsiteLinks = [],
        };

        var html = CrawlReportHtmlWriter.Write(report);

        Assert.DoesNotContain("as-fetched", html);
        Assert.DoesNotContain(".json\">JSON", html);
    }

    [Theory]
    [InlineData("20261204T021500Z", true)]
    [InlineData("20261204T021500", false)]
    [InlineData("../20261204T021500Z", false)]
    [InlineData("20261204T021500Z.json", false)]
    [InlineData("", false)]
    public void IsReportName_Cases(string name, bool expected)
    {
        Assert.Equal(expected, CrawlReportStore.IsReportName(name));
    }

    [Fact]
    public async Task LoadAsync_NameOutsideStore_ReturnsNull()
    {
        using var host = CrawlerTestHost.Create();
        var store = host.Get<CrawlReportStore>();

        Assert.Null(await store.LoadAsync("12", "../../partnerscreening", Token));
        Assert.Null(store.FindFile("12", "20261204T021500Z", ".db"));
        Assert.Empty(store.ListNames("no-such-partner"));
    }

    [Fact]
    public async Task Activity_QueuedCrawl_RecordsProgressAndReport()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Html("/", EvidenceSites.Page("zh-CN", "首页", "<a href=\"/a.html\">a</a><p>学校设有国防科技重点实验室。</p>"));
        site.Html("/a.html", EvidenceSites.Page("zh-CN", "a", "<p>概况。</p>"));
        var activity = host.Get<CrawlActivity>();
        var target = new CrawlTarget("12", "Univ A", [site.Root]);
        var status = activity.TryQueue(target, CrawlTrigger.Officer, "officer@example.test", 300)!;

        Assert.Null(activity.TryQueue(target, CrawlTrigger.Weekly, null, 300));
        await host.Get<TrackedObjectiveCheck>().RunAsync(status, target, Token);

        var done = activity.Find(status.RunId)!;
        Assert.Equal(CrawlRunState.Succeeded, done.State);
        Assert.Equal(2, done.PagesFetched);
        Assert.Equal(300, done.PageBudget);
        Assert.Equal(host.Get<CrawlReportStore>().ListNames("12").Single(), done.ReportName);
        Assert.NotNull(activity.TryQueue(target, CrawlTrigger.Weekly, null, 300));
    }

    [Fact]
    public async Task Activity_CrawlWithoutContact_RecordsJapaneseReason()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:ContactUrl"] = null, ["Crawling:ContactEmail"] = null });
        var activity = host.Get<CrawlActivity>();
        var target = new CrawlTarget("12", "Univ A", [new Uri("http://www.univ-a.edu.cn/")]);
        var status = activity.TryQueue(target, CrawlTrigger.Officer, "officer@example.test", 300)!;

        await Assert.ThrowsAsync<CrawlerNotConfiguredException>(() => host.Get<TrackedObjectiveCheck>().RunAsync(status, target, Token));

        var failed = activity.Find(status.RunId)!;
        Assert.Equal(CrawlRunState.Failed, failed.State);
        Assert.Contains("Crawling:ContactUrl", failed.ErrorJa);
        Assert.False(failed.IsActive);
    }
}
