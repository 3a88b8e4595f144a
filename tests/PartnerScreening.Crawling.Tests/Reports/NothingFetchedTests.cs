using PartnerScreening.Crawling.Reports;
using PartnerScreening.Crawling.Tests.Crawl;
using PartnerScreening.Crawling.Tests.Support;

namespace PartnerScreening.Crawling.Tests.Reports;

// A crawl that fetched no page checked nothing; its report must name the reasons and never say "no evidence found".
public sealed class NothingFetchedTests
{
    [Fact]
    public async Task ReasonsOf_LoopbackWithoutOptIn_NamesRejectedAddress()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:AllowLoopback"] = "false" });
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Html("/", EvidenceSites.Page("zh-CN", "概况", "<p>学校设有国防科技重点实验室。</p>"));

        var report = CrawlReportBuilder.Build(await host.CrawlAsync(site.Root), previous: null);

        Assert.True(NothingFetched.Applies(report));
        var reason = Assert.Single(NothingFetched.ReasonsOf(report));
        Assert.Equal("Rejected address", reason.En);
        Assert.Equal(1, reason.Count);
        Assert.Equal("127.0.0.1 is a loopback address", reason.FirstDetail);
        Assert.True(NothingFetched.LoopbackRejected(report));
        Assert.Empty(site.Server.LogEntries);
    }

    [Fact]
    public async Task ReasonsOf_RobotsDisallowsAll_NamesRobots()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("User-agent: *\nDisallow: /\n");
        site.Html("/", EvidenceSites.Page("zh-CN", "概况", "<p>学校设有国防科技重点实验室。</p>"));

        var report = CrawlReportBuilder.Build(await host.CrawlAsync(site.Root), previous: null);

        Assert.True(NothingFetched.Applies(report));
        var reason = Assert.Single(NothingFetched.ReasonsOf(report));
        Assert.Equal("Disallowed by robots.txt", reason.En);
        Assert.False(NothingFetched.LoopbackRejected(report));
    }

    [Fact]
    public async Task ReasonsOf_ServerError_NamesHttpError()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("").Status("/", 404);

        var report = CrawlReportBuilder.Build(await host.CrawlAsync(site.Root), previous: null);

        Assert.True(NothingFetched.Applies(report));
        var reason = Assert.Single(NothingFetched.ReasonsOf(report));
        Assert.Equal("HTTP error", reason.En);
        Assert.Equal("HTTP 404", reason.FirstDetail);
    }

    [Fact]
    public async Task Applies_PageFetched_False()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Html("/", EvidenceSites.Page("zh-CN", "首页", "<p>欢迎。</p>"));

        var report = CrawlReportBuilder.Build(await host.CrawlAsync(site.Root), previous: null);

        Assert.False(NothingFetched.Applies(report));
    }

    [Fact]
    public async Task Html_NothingFetched_SaysNothingCheckedNotNoEvidence()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:AllowLoopback"] = "false" });
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Html("/", EvidenceSites.Page("zh-CN", "概况", "<p>学校设有国防科技重点实验室。</p>"));

        var html = CrawlReportHtmlWriter.Write(CrawlReportBuilder.Build(await host.CrawlAsync(site.Root), previous: null));

        Assert.Contains("何も確認できていません", html);
        Assert.Contains("No page could be fetched, so nothing was checked.", html);
        Assert.Contains("127.0.0.1 is a loopback address", html);
        Assert.Contains("内部・特殊アドレスのため拒否", html);
        Assert.DoesNotContain("証拠は見つかりませんでした", html);
        Assert.DoesNotContain("No evidence found", html);
    }
}
