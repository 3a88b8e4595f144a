using PartnerScreening.Crawling.Robots;

namespace PartnerScreening.Crawling.Tests.Robots;

public sealed class RobotsTxtTests
{
    private const string Token = "PartnerScreeningBot";

    [Theory]
    // Longest match wins, whatever the order of the lines.
    [InlineData("User-agent: *\nDisallow: /research/\nAllow: /research/labs/", "/research/labs/a.html", true)]
    [InlineData("User-agent: *\nAllow: /research/labs/\nDisallow: /research/", "/research/secret.html", false)]
    [InlineData("User-agent: *\nAllow: /p\nDisallow: /private/", "/private/x", false)]
    // An Allow and a Disallow of equal length: Allow wins.
    [InlineData("User-agent: *\nDisallow: /page\nAllow: /page", "/page", true)]
    // Specificity counts the pattern's octets, wildcards included: "/*.pdf" (6) beats "/a/*" (4).
    [InlineData("User-agent: *\nDisallow: /*.pdf\nAllow: /a/*", "/a/b.pdf", false)]
    // '*' matches any sequence and '$' anchors the end.
    [InlineData("User-agent: *\nDisallow: /*.pdf$", "/files/report.pdf", false)]
    [InlineData("User-agent: *\nDisallow: /*.pdf$", "/files/report.pdf?download=1", true)]
    [InlineData("User-agent: *\nDisallow: /*/private/*", "/dept/private/a", false)]
    [InlineData("User-agent: *\nDisallow: /search$", "/search", false)]
    [InlineData("User-agent: *\nDisallow: /search$", "/search/x", true)]
    [InlineData("User-agent: *\nDisallow: /*?sessionid=", "/news?sessionid=42", false)]
    // No matching rule means allowed; an empty Disallow disallows nothing.
    [InlineData("User-agent: *\nDisallow: /admin/", "/about", true)]
    [InlineData("User-agent: *\nDisallow:", "/anything", true)]
    [InlineData("User-agent: *\nDisallow: /", "/anything", false)]
    // Our own group takes precedence over '*', matched case-insensitively.
    [InlineData("User-agent: *\nDisallow: /\n\nUser-agent: partnerscreeningbot\nAllow: /", "/about", true)]
    [InlineData("User-agent: *\nAllow: /\n\nUser-agent: PartnerScreeningBot/2.0\nDisallow: /news/", "/news/1", false)]
    // Groups naming the same agent are combined; several user-agent lines share one group.
    [InlineData("User-agent: PartnerScreeningBot\nDisallow: /a/\n\nUser-agent: PartnerScreeningBot\nDisallow: /b/", "/b/x", false)]
    [InlineData("User-agent: Googlebot\nUser-agent: PartnerScreeningBot\nDisallow: /x/", "/x/1", false)]
    [InlineData("User-agent: Googlebot\nDisallow: /", "/about", true)]
    // Comments, odd case and unknown records do not break parsing; rules before any group are ignored.
    [InlineData("Disallow: /\n# comment\nUSER-AGENT: * # all\nDISALLOW: /tmp/ # temp\nFoo: bar", "/about", true)]
    [InlineData("Disallow: /\n# comment\nUSER-AGENT: * # all\nDISALLOW: /tmp/ # temp\nFoo: bar", "/tmp/a", false)]
    // Percent-encoding: non-ASCII paths match their encoded form.
    [InlineData("User-agent: *\nDisallow: /研究/", "/%E7%A0%94%E7%A9%B6/a", false)]
    [InlineData("User-agent: *\nDisallow: /%7Euser/", "/~user/page", false)]
    public void Evaluate_RuleSet_ReturnsExpectedDecision(string robotsTxt, string path, bool allowed)
    {
        var robots = RobotsTxt.Parse(robotsTxt);
        var policy = new RobotsPolicy("http://a.example", RobotsAvailability.Parsed, 200, default, robots.SelectGroup(Token), robots.Sitemaps, "HTTP 200");

        var decision = policy.Evaluate(new Uri("http://a.example" + path));

        Assert.Equal(allowed, decision.Allowed);
    }

    [Fact]
    public void Evaluate_RobotsTxtPath_AlwaysAllowed()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /");
        var policy = new RobotsPolicy("http://a.example", RobotsAvailability.Parsed, 200, default, robots.SelectGroup(Token), [], "HTTP 200");

        Assert.True(policy.Evaluate(new Uri("http://a.example/robots.txt")).Allowed);
    }

    [Fact]
    public void Parse_CrawlDelayAndSitemaps_AreRead()
    {
        var robots = RobotsTxt.Parse("Sitemap: http://a.example/sitemap.xml\nUser-agent: *\nCrawl-delay: 2.5\nDisallow: /x");

        Assert.Equal(TimeSpan.FromSeconds(2.5), robots.SelectGroup(Token).CrawlDelay);
        Assert.Equal(["http://a.example/sitemap.xml"], robots.Sitemaps);
    }

    [Theory]
    [InlineData(RobotsAvailability.Unavailable, true)]
    [InlineData(RobotsAvailability.Unreachable, false)]
    public void Evaluate_MissingFile_FollowsAvailability(RobotsAvailability availability, bool allowed)
    {
        var policy = new RobotsPolicy("http://a.example", availability, 404, default, new RobotsGroup(), [], "HTTP 404");

        Assert.Equal(allowed, policy.Evaluate(new Uri("http://a.example/any")).Allowed);
    }

    [Fact]
    public void Evaluate_DecidingRule_IsNamedInReason()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /private/");
        var policy = new RobotsPolicy("http://a.example", RobotsAvailability.Parsed, 200, default, robots.SelectGroup(Token), [], "HTTP 200");

        Assert.Equal("Disallow: /private/", policy.Evaluate(new Uri("http://a.example/private/1")).Reason);
    }
}
