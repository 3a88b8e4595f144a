using PartnerScreening.Crawling.Fetching;
using PartnerScreening.Crawling.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace PartnerScreening.Crawling.Tests.Crawl;

public sealed class PartnerCrawlerPolitenessTests
{
    private static string Links(params string[] paths) => string.Concat(paths.Select(p => $"<a href=\"{p}\">{p}</a> "));

    [Fact]
    public async Task Crawl_RobotsRules_DisallowedPathsNeverRequested()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver)
            .Robots("User-agent: *\nDisallow: /\n\nUser-agent: PartnerScreeningBot\nAllow: /$\nAllow: /research/labs/\nDisallow: /research/\nDisallow: /*.pdf$\nAllow: /news\nDisallow: /news/\n")
            .Html("/", EvidenceSites.Page("zh-CN", "首页", Links("/research/labs/a.html", "/research/b.html", "/files/r.pdf", "/files/r.pdf?v=1", "/news/1.html", "/about.html")))
            .Html("/research/labs/a.html", "<p>a</p>")
            .Html("/research/b.html", "<p>b</p>")
            .Html("/news/1.html", "<p>news</p>")
            .Html("/about.html", "<p>about</p>")
            .Html("/files/r.pdf", "<p>pdf</p>");

        var result = await host.CrawlAsync(site.Root);

        var requested = site.RequestedPaths;
        Assert.Contains("/research/labs/a.html", requested);
        Assert.DoesNotContain("/research/b.html", requested);
        Assert.DoesNotContain("/news/1.html", requested);
        // Our own group replaces the '*' group, so its "Disallow: /" does not apply and /about.html is allowed.
        Assert.Contains("/about.html", requested);
        Assert.Single(requested, path => path == "/files/r.pdf");
        Assert.Equal(3, result.Coverage.BlockedByRobots);
        Assert.Contains(result.Skipped, s => s.Url.EndsWith("/research/b.html", StringComparison.Ordinal) && s.Detail == "Disallow: /research/");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Crawl_RobotsServerError_OnlyRobotsRequested(int status)
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver)
            .Status("/robots.txt", status)
            .Html("/", EvidenceSites.Page("zh-CN", "首页", Links("/a.html")))
            .Html("/sitemap.xml", "<urlset/>", "application/xml");

        var result = await host.CrawlAsync(site.Root);

        Assert.All(site.RequestedPaths, path => Assert.Equal("/robots.txt", path));
        Assert.Equal(0, result.Coverage.PagesFetched);
        Assert.Equal(1, result.Coverage.BlockedByRobots);
        Assert.Equal("Unreachable", Assert.Single(result.Robots).Availability);
    }

    [Fact]
    public async Task Crawl_LinkToAnotherDomain_RecordedNotFollowed()
    {
        using var host = CrawlerTestHost.Create();
        using var other = FixtureSite.Start("www.defence-group.com.cn", host.Resolver).Robots("").Html("/", "<p>other</p>");
        using var english = FixtureSite.Start("english.univ-a.edu.cn", host.Resolver).Robots("").Html("/", "<p>english</p>");
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("")
            .Html("/", EvidenceSites.Page("zh-CN", "首页", $"<a href=\"{other.Root}\">合作单位</a> <a href=\"{english.Root}\">English</a>"));

        var result = await host.CrawlAsync(site.Root);

        Assert.Empty(other.RequestedPaths);
        Assert.Contains("/", english.RequestedPaths);
        var link = Assert.Single(result.OffsiteLinks);
        Assert.Equal(other.Root.AbsoluteUri, link.ToUrl);
        Assert.Equal("合作单位", link.AnchorText);
    }

    [Fact]
    public async Task Crawl_NoFollow_LinksNotRequested()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("")
            .Html("/", EvidenceSites.Page("zh-CN", "首页", "<a href=\"/a.html\" rel=\"nofollow\">a</a> <a href=\"/b.html\">b</a>"))
            .Html("/b.html", "<html><head><meta name=\"robots\" content=\"noindex, nofollow\"></head><body><a href=\"/c.html\">c</a></body></html>")
            .Html("/a.html", "<p>a</p>")
            .Html("/c.html", "<p>c</p>");

        var result = await host.CrawlAsync(site.Root);

        Assert.Contains("/b.html", site.RequestedPaths);
        Assert.DoesNotContain("/a.html", site.RequestedPaths);
        Assert.DoesNotContain("/c.html", site.RequestedPaths);
        Assert.Equal(2, result.Coverage.NoFollow);
    }

    [Fact]
    public async Task Crawl_SitemapInRobots_UnlinkedPageFetched()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver);
        site.Robots($"Sitemap: {site.Url("/sitemap-index.xml")}\nUser-agent: *\nAllow: /\n")
            .Text("/sitemap-index.xml", $"<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>{site.Url("/sitemap-1.xml")}</loc></sitemap></sitemapindex>", "application/xml")
            .Text("/sitemap-1.xml", $"<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>{site.Url("/hidden/labs.html")}</loc></url><url><loc>http://elsewhere.example.com/x</loc></url></urlset>", "application/xml")
            .Html("/", EvidenceSites.Page("zh-CN", "首页", "<p>首页</p>"))
            .Html("/hidden/labs.html", EvidenceSites.Page("zh-CN", "实验室", "<p>学校设有国防科技重点实验室。</p>"));

        var result = await host.CrawlAsync(site.Root);

        Assert.Contains("/hidden/labs.html", site.RequestedPaths);
        Assert.Contains(result.Findings, f => f.Url.EndsWith("/hidden/labs.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_PageBudget_StopsAndReportsPagesBudget()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:MaxPagesPerPartner"] = "3" });
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        var paths = Enumerable.Range(1, 8).Select(i => $"/p{i}.html").ToArray();
        site.Html("/", EvidenceSites.Page("zh-CN", "首页", Links(paths)));
        foreach (var path in paths)
        {
            site.Html(path, "<p>page</p>");
        }

        var result = await host.CrawlAsync(site.Root);

        Assert.Equal(3, result.Coverage.PagesFetched);
        Assert.Contains("pages", result.Coverage.BudgetsHit);
        Assert.Equal(6, result.Coverage.UrlsNotVisited);
        Assert.False(result.Coverage.Complete);
    }

    [Fact]
    public async Task Crawl_DepthBudget_DeeperLinksCounted()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:MaxDepth"] = "1" });
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("")
            .Html("/", EvidenceSites.Page("zh-CN", "首页", Links("/d1.html")))
            .Html("/d1.html", EvidenceSites.Page("zh-CN", "一", Links("/d2.html")))
            .Html("/d2.html", "<p>deep</p>");

        var result = await host.CrawlAsync(site.Root);

        Assert.DoesNotContain("/d2.html", site.RequestedPaths);
        Assert.Contains("depth", result.Coverage.BudgetsHit);
        Assert.Equal(1, result.Coverage.UrlsNotVisited);
    }

    [Fact]
    public async Task Crawl_TimeBudget_StopsSlowSite()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:MaxTimePerPartner"] = "00:00:00.500" });
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Server.Given(Request.Create().WithPath("/").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<p>slow</p>").WithDelay(TimeSpan.FromSeconds(3)));

        var result = await host.CrawlAsync(site.Root);

        Assert.Contains("time", result.Coverage.BudgetsHit);
        Assert.Equal(0, result.Coverage.PagesFetched);
    }

    [Fact]
    public async Task Crawl_HugePage_TruncatedButRead()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:MaxHtmlBytes"] = "65536" });
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("")
            .Html("/", EvidenceSites.Page("zh-CN", "首页", "<p>学校设有国防科技重点实验室。</p>" + new string('x', 2_000_000)));

        var result = await host.CrawlAsync(site.Root);

        var page = Assert.Single(result.Pages);
        Assert.True(page.Truncated);
        Assert.Equal(65536, page.Bytes);
        Assert.Single(result.Findings);
    }

    [Fact]
    public async Task Crawl_HugePdf_SkippedAsTooLarge()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:MaxPdfBytes"] = "2048" });
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("")
            .Html("/", EvidenceSites.Page("zh-CN", "首页", Links("/report.pdf")))
            .Bytes("/report.pdf", [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[100_000]], "application/pdf");

        var result = await host.CrawlAsync(site.Root);

        Assert.Contains(result.Skipped, s => s.Reason == SkipReason.TooLarge && s.Url.EndsWith("/report.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_NativeLanguageFirst_EnglishCopyLater()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:MaxPagesPerPartner"] = "2" });
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("")
            .Html("/", EvidenceSites.Page("zh-CN", "首页", Links("/en/about.html", "/about.html")))
            .Html("/en/about.html", "<p>English</p>")
            .Html("/about.html", "<p>概况</p>");

        await host.CrawlAsync(site.Root);

        Assert.Contains("/about.html", site.RequestedPaths);
        Assert.DoesNotContain("/en/about.html", site.RequestedPaths);
    }

    [Fact]
    public async Task Crawl_RedirectToPrivateAddress_RejectedAndCounted()
    {
        using var host = CrawlerTestHost.Create();
        host.Resolver.Map("intranet.univ-a.edu.cn", System.Net.IPAddress.Parse("10.0.0.1"));
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("")
            .Html("/", EvidenceSites.Page("zh-CN", "首页", Links("/go")))
            .Redirect("/go", "http://intranet.univ-a.edu.cn/admin");

        var result = await host.CrawlAsync(site.Root);

        Assert.Equal(1, result.Coverage.AddressRejected);
        Assert.Contains(result.Skipped, s => s.Reason == SkipReason.AddressRejected && s.Detail.Contains("10.0.0.1", StringComparison.Ordinal));
    }
}
