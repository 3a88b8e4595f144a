using System.Text.Json;
using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Reports;
using PartnerScreening.Crawling.Tests.Crawl;
using PartnerScreening.Crawling.Tests.Support;

namespace PartnerScreening.Crawling.Tests.Reports;

public sealed class CrawlReportTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static FixtureSite StartEvidenceSite(CrawlerTestHost host)
    {
        var fixture = EvidenceSites.All["zh-Hans"];
        var site = FixtureSite.Start(fixture.Host, host.Resolver).Robots("User-agent: *\nDisallow: /private/\n");
        foreach (var (path, html) in fixture.Pages)
        {
            site.Html(path, html);
        }

        return site;
    }

    [Fact]
    public async Task Json_Report_HasPagesFindingsSkippedCoverage()
    {
        using var host = CrawlerTestHost.Create();
        using var site = StartEvidenceSite(host);
        var result = await host.CrawlAsync(site.Root);

        var json = CrawlReportJson.Serialize(CrawlReportBuilder.Build(result, previous: null));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var page = root.GetProperty("pages")[0];
        Assert.True(page.TryGetProperty("url", out _));
        Assert.True(page.TryGetProperty("status", out _));
        Assert.Equal("utf-8", page.GetProperty("charset").GetString());
        Assert.True(page.GetProperty("bytes").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(page.GetProperty("robots").GetString()));
        var finding = root.GetProperty("findings")[0];
        foreach (var name in new[] { "url", "term", "quote", "category", "relationType", "strength", "pageSha256", "fetchedAt" })
        {
            Assert.True(finding.TryGetProperty(name, out _), $"finding has no '{name}'");
        }

        Assert.Contains("国防科技重点实验室", json);
        Assert.True(root.GetProperty("coverage").GetProperty("pagesFetched").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("skipped").ValueKind);
    }

    [Fact]
    public async Task Json_RoundTrip_KeepsFindings()
    {
        using var host = CrawlerTestHost.Create();
        using var site = StartEvidenceSite(host);
        var report = CrawlReportBuilder.Build(await host.CrawlAsync(site.Root), previous: null);

        var reread = CrawlReportJson.Deserialize(CrawlReportJson.Serialize(report), "memory");

        Assert.Equal(report.Findings.Select(f => f.Key), reread.Findings.Select(f => f.Key));
        Assert.Equal(report.Coverage.PagesFetched, reread.Coverage.PagesFetched);
    }

    [Fact]
    public async Task Build_PreviousReport_ListsNewAndGoneFindings()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Html("/", EvidenceSites.Page("zh-CN", "概况", "<p>学校设有国防科技重点实验室。</p>"));
        var first = CrawlReportBuilder.Build(await host.CrawlAsync(site.Root), previous: null);
        site.Server.Reset();
        site.Robots("").Html("/", EvidenceSites.Page("zh-CN", "概况", "<p>学校具有武器装备科研生产单位保密资格。</p>"));

        var second = CrawlReportBuilder.Build(await host.CrawlAsync(site.Root), first);

        var changes = Assert.IsType<ReportChanges>(second.Changes);
        Assert.Contains(changes.NewFindings, f => f.Quote.Contains("保密资格", StringComparison.Ordinal));
        var gone = Assert.Single(changes.GoneFindings);
        Assert.True(gone.PageFetchedAgain);
        Assert.Contains("国防科技重点实验室", gone.Finding.Quote);
    }

    [Fact]
    public async Task Html_NoEvidence_ShowsCoverageWithIt()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("User-agent: *\nDisallow: /labs/\n");
        site.Html("/", EvidenceSites.Page("zh-CN", "首页", "<a href=\"/labs/\">实验室</a><p>欢迎。</p>"));

        var html = CrawlReportHtmlWriter.Write(CrawlReportBuilder.Build(await host.CrawlAsync(site.Root), previous: null));

        Assert.Contains("証拠は見つかりませんでした", html);
        Assert.Contains("No evidence found", html);
        Assert.Contains("robots.txt による不許可 1", html);
    }

    [Fact]
    public async Task Html_Findings_GroupedWithQuotesJapaneseFirst()
    {
        using var host = CrawlerTestHost.Create();
        using var site = StartEvidenceSite(host);

        var html = CrawlReportHtmlWriter.Write(CrawlReportBuilder.Build(await host.CrawlAsync(site.Root), previous: null));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ja\">", html);
        Assert.Contains("防衛研究の部門・研究室", html);
        Assert.Contains("Defence-research department or laboratory", html);
        Assert.Contains("<mark>国防科技重点实验室</mark>", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task Html_HostileQuote_IsEscaped()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Html("/", EvidenceSites.Page("zh-CN", "x", "<p>学校设有国防科技重点实验室&lt;script&gt;alert(1)&lt;/script&gt;。</p>"));

        var html = CrawlReportHtmlWriter.Write(CrawlReportBuilder.Build(await host.CrawlAsync(site.Root), previous: null));

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;alert(1)", html);
    }

    [Fact]
    public async Task ObjectiveCheck_SecondRun_ComparesWithStoredReport()
    {
        using var host = CrawlerTestHost.Create();
        using var site = StartEvidenceSite(host);
        var target = new CrawlTarget("42", "某某理工大学", [site.Root]);
        var check = host.Get<ObjectiveCheck>();

        var (first, firstPath) = await check.RunAsync(target, null, Token);
        var (second, _) = await check.RunAsync(target, null, Token);

        Assert.Null(first.Changes);
        Assert.True(File.Exists(firstPath));
        Assert.True(File.Exists(Path.ChangeExtension(firstPath, ".html")));
        Assert.NotNull(second.Changes);
        Assert.Empty(second.Changes.NewFindings);
    }
}
