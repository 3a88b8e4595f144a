using System.Net;
using PartnerScreening.Crawling.Fetching;
using PartnerScreening.Crawling.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace PartnerScreening.Crawling.Tests.Fetching;

public sealed class PageFetcherTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetch_AllowedPage_SendsUserAgentWithContact()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver)
            .Robots("User-agent: *\nAllow: /")
            .Html("/about", "<html><body>About</body></html>");

        var outcome = await host.Get<PageFetcher>().FetchAsync(site.Url("/about"), host.ScopeFor(site.Root), Token);

        Assert.Null(outcome.Skip);
        Assert.Equal(HttpStatusCode.OK, outcome.Fetch!.Status);
        var userAgent = site.Server.LogEntries.Last().RequestMessage.Headers!["User-Agent"].Single();
        Assert.StartsWith("PartnerScreeningBot/1.0 (+https://export-control.example.ac.jp/crawler; mailto:export-control@example.ac.jp)", userAgent);
    }

    [Fact]
    public async Task Fetch_DisallowedPaths_NeverRequested()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver)
            .Robots("User-agent: *\nDisallow: /research/\nAllow: /research/labs/\nDisallow: /*.pdf$\nDisallow: /tmp$\n")
            .Html("/research/labs/a", "<p>lab</p>")
            .Html("/research/secret", "<p>secret</p>")
            .Html("/files/report.pdf", "<p>pdf</p>")
            .Html("/files/report.pdf.html", "<p>html</p>")
            .Html("/tmp", "<p>tmp</p>")
            .Html("/tmp/x", "<p>tmp x</p>");
        var fetcher = host.Get<PageFetcher>();
        var scope = host.ScopeFor(site.Root);

        var results = new Dictionary<string, SkipReason?>();
        foreach (var path in new[] { "/research/labs/a", "/research/secret", "/files/report.pdf", "/files/report.pdf.html", "/tmp", "/tmp/x" })
        {
            results[path] = (await fetcher.FetchAsync(site.Url(path), scope, Token)).Skip;
        }

        Assert.Null(results["/research/labs/a"]);
        Assert.Equal(SkipReason.RobotsDisallowed, results["/research/secret"]);
        Assert.Equal(SkipReason.RobotsDisallowed, results["/files/report.pdf"]);
        Assert.Null(results["/files/report.pdf.html"]);
        Assert.Equal(SkipReason.RobotsDisallowed, results["/tmp"]);
        Assert.Null(results["/tmp/x"]);
        Assert.Equal(["/robots.txt", "/research/labs/a", "/files/report.pdf.html", "/tmp/x"], site.RequestedPaths);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Fetch_RobotsServerError_NothingBeyondRobotsRequested(int status)
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver)
            .Status("/robots.txt", status)
            .Html("/", "<p>home</p>");

        var outcome = await host.Get<PageFetcher>().FetchAsync(site.Url("/"), host.ScopeFor(site.Root), Token);

        Assert.Equal(SkipReason.RobotsDisallowed, outcome.Skip);
        Assert.All(site.RequestedPaths, path => Assert.Equal("/robots.txt", path));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(403)]
    [InlineData(410)]
    public async Task Fetch_RobotsClientError_EverythingAllowed(int status)
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver)
            .Status("/robots.txt", status)
            .Html("/private/", "<p>private</p>");

        var outcome = await host.Get<PageFetcher>().FetchAsync(site.Url("/private/"), host.ScopeFor(site.Root), Token);

        Assert.Null(outcome.Skip);
        Assert.Contains("/private/", site.RequestedPaths);
    }

    [Fact]
    public async Task Fetch_RedirectToAnotherDomain_NotFollowed()
    {
        using var host = CrawlerTestHost.Create();
        using var other = FixtureSite.Start("www.defence-group.com.cn", host.Resolver).Robots("").Html("/", "<p>other</p>");
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver)
            .Robots("")
            .Redirect("/partner", other.Url("/").ToString());

        var outcome = await host.Get<PageFetcher>().FetchAsync(site.Url("/partner"), host.ScopeFor(site.Root), Token);

        Assert.Equal(SkipReason.OutOfScope, outcome.Skip);
        Assert.Equal("www.defence-group.com.cn", outcome.SkippedAt!.Host);
        Assert.Empty(other.RequestedPaths);
    }

    [Fact]
    public async Task Fetch_RedirectToSubdomain_FollowedWithItsOwnRobots()
    {
        using var host = CrawlerTestHost.Create();
        using var english = FixtureSite.Start("english.univ-a.edu.cn", host.Resolver)
            .Robots("User-agent: *\nDisallow: /closed")
            .Html("/open", "<p>open</p>");
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver)
            .Robots("")
            .Redirect("/en-open", english.Url("/open").ToString())
            .Redirect("/en-closed", english.Url("/closed").ToString());
        var fetcher = host.Get<PageFetcher>();
        var scope = host.ScopeFor(site.Root);

        var open = await fetcher.FetchAsync(site.Url("/en-open"), scope, Token);
        var closed = await fetcher.FetchAsync(site.Url("/en-closed"), scope, Token);

        Assert.Equal(english.Url("/open"), open.FinalUrl);
        Assert.Equal(2, open.Hops.Count);
        Assert.Equal(SkipReason.RobotsDisallowed, closed.Skip);
        Assert.DoesNotContain("/closed", english.RequestedPaths);
    }

    [Fact]
    public async Task Fetch_RedirectToPrivateAddress_RejectedBeforeConnecting()
    {
        using var host = CrawlerTestHost.Create();
        host.Resolver.Map("intranet.univ-a.edu.cn", IPAddress.Parse("10.0.0.1"));
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver)
            .Robots("")
            .Redirect("/go", "http://intranet.univ-a.edu.cn/admin")
            .Redirect("/go-literal", "http://10.0.0.1/admin");
        var fetcher = host.Get<PageFetcher>();
        var scope = host.ScopeFor(site.Root, new Uri("http://10.0.0.1/"));

        var byName = await fetcher.FetchAsync(site.Url("/go"), scope, Token);
        var byLiteral = await fetcher.FetchAsync(site.Url("/go-literal"), scope, Token);

        Assert.Equal(SkipReason.AddressRejected, byName.Skip);
        Assert.Contains("10.0.0.1 is a private address", byName.SkipDetail);
        Assert.Equal(SkipReason.AddressRejected, byLiteral.Skip);
        Assert.Equal(["/robots.txt", "/go", "/go-literal"], site.RequestedPaths);
    }

    [Fact]
    public async Task Fetch_RedirectLoop_StopsAtLimit()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:MaxRedirects"] = "3" });
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("").Redirect("/loop", "/loop");

        var outcome = await host.Get<PageFetcher>().FetchAsync(site.Url("/loop"), host.ScopeFor(site.Root), Token);

        Assert.Equal(SkipReason.TooManyRedirects, outcome.Skip);
        Assert.Equal(4, site.RequestedPaths.Count(path => path == "/loop"));
    }

    [Fact]
    public async Task Fetch_SlowResponse_CutOffByTimeout()
    {
        // The page timeout also covers robots.txt, so it leaves a busy CI machine ample time for that fetch.
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:PageTimeout"] = "00:00:03" });
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Server.Given(Request.Create().WithPath("/slow").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<p>late</p>").WithDelay(TimeSpan.FromSeconds(12)));

        var outcome = await host.Get<PageFetcher>().FetchAsync(site.Url("/slow"), host.ScopeFor(site.Root), Token);

        Assert.Equal(SkipReason.Timeout, outcome.Skip);
    }

    [Fact]
    public async Task Fetch_HugeResponse_TruncatedAtByteLimit()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:MaxHtmlBytes"] = "65536" });
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver)
            .Robots("")
            .Html("/huge", "<html><body>" + new string('x', 3_000_000) + "</body></html>");

        var outcome = await host.Get<PageFetcher>().FetchAsync(site.Url("/huge"), host.ScopeFor(site.Root), Token);

        Assert.True(outcome.Fetch!.Truncated);
        Assert.Equal(65536, outcome.Fetch.Body.Length);
    }

    [Fact]
    public async Task Fetch_RepeatedForbidden_HostGivenUp()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:MaxConsecutiveForbidden"] = "2" });
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Server.Given(Request.Create().WithPath("/p*").UsingGet()).RespondWith(Response.Create().WithStatusCode(403));
        var fetcher = host.Get<PageFetcher>();
        var scope = host.ScopeFor(site.Root);

        var first = await fetcher.FetchAsync(site.Url("/p1"), scope, Token);
        var second = await fetcher.FetchAsync(site.Url("/p2"), scope, Token);
        var third = await fetcher.FetchAsync(site.Url("/p3"), scope, Token);

        Assert.Equal(HttpStatusCode.Forbidden, first.Fetch!.Status);
        Assert.Equal(HttpStatusCode.Forbidden, second.Fetch!.Status);
        Assert.Equal(SkipReason.HostGivenUp, third.Skip);
        Assert.DoesNotContain("/p3", site.RequestedPaths);
    }

    [Fact]
    public async Task Fetch_ChallengePage_ReportedAndNotRetried()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Server.Given(Request.Create().WithPath("/").UsingGet()).RespondWith(Response.Create().WithStatusCode(403)
            .WithHeader("Content-Type", "text/html").WithBody("<html><head><title>Just a moment...</title></head><body><script src=\"/cdn-cgi/challenge-platform/h/b\"></script></body></html>"));

        var outcome = await host.Get<PageFetcher>().FetchAsync(site.Url("/"), host.ScopeFor(site.Root), Token);

        Assert.Equal(SkipReason.Challenge, outcome.Skip);
        Assert.Single(site.RequestedPaths, path => path == "/");
    }

    [Fact]
    public async Task Fetch_TooManyRequestsThenOk_RetriedAfterRetryAfter()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Server.Given(Request.Create().WithPath("/busy").UsingGet()).InScenario("busy").WillSetStateTo("calm")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0"));
        site.Server.Given(Request.Create().WithPath("/busy").UsingGet()).InScenario("busy").WhenStateIs("calm")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<p>ok</p>"));

        var outcome = await host.Get<PageFetcher>().FetchAsync(site.Url("/busy"), host.ScopeFor(site.Root), Token);

        Assert.Null(outcome.Skip);
        Assert.Equal(2, site.RequestedPaths.Count(path => path == "/busy"));
    }
}
