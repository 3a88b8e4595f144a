using PartnerScreening.Crawling.Findings;
using PartnerScreening.Crawling.Lexicon;
using PartnerScreening.Crawling.Tests.Support;

namespace PartnerScreening.Crawling.Tests.Crawl;

public sealed class PartnerCrawlerEvidenceTests
{
    [Theory]
    [MemberData(nameof(EvidenceSites.Names), MemberType = typeof(EvidenceSites))]
    public async Task Crawl_EvidenceSite_FindsEvidenceAndSkipsTraps(string name)
    {
        var fixture = EvidenceSites.All[name];
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start(fixture.Host, host.Resolver).Robots("User-agent: *\nAllow: /\n");
        foreach (var (path, html) in fixture.Pages)
        {
            site.Html(path, html);
        }

        var result = await host.CrawlAsync(site.Root);

        Assert.Equal(fixture.Pages.Count, result.Coverage.PagesFetched);
        foreach (var (term, fragment) in fixture.Expected)
        {
            Assert.Contains(result.Findings, f => f.Term == term && f.Quote.Contains(fragment, StringComparison.Ordinal));
        }

        foreach (var trap in fixture.Traps)
        {
            Assert.DoesNotContain(result.Findings, f => f.Quote.Contains(trap, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Crawl_RelationWord_RaisesMediumToStrong()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Html("/", EvidenceSites.Page("zh-CN", "合作", "<p>学校与中国航天科技集团签署战略合作协议。</p><p>中国航天科技集团来校招聘。</p>"));

        var result = await host.CrawlAsync(site.Root);

        var withRelation = Assert.Single(result.Findings, f => f.Quote.Contains("签署", StringComparison.Ordinal));
        var withoutRelation = Assert.Single(result.Findings, f => f.Quote.Contains("招聘", StringComparison.Ordinal));
        Assert.Equal(EvidenceStrength.Strong, withRelation.Strength);
        Assert.Equal(EvidenceStrength.Medium, withoutRelation.Strength);
    }

    [Fact]
    public async Task Crawl_SameQuoteOnSeveralPages_MergedIntoOneFinding()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        const string footer = "<footer><p>学校设有国防科技重点实验室。</p></footer>";
        site.Html("/", EvidenceSites.Page("zh-CN", "首页", "<a href=\"/a.html\">甲</a><a href=\"/b.html\">乙</a>" + footer))
            .Html("/a.html", EvidenceSites.Page("zh-CN", "甲", footer))
            .Html("/b.html", EvidenceSites.Page("zh-CN", "乙", footer));

        var result = await host.CrawlAsync(site.Root);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(2, finding.AlsoOn.Count);
    }

    [Fact]
    public async Task Crawl_Finding_PageStoredByHash()
    {
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Html("/", EvidenceSites.Page("zh-CN", "概况", "<p>学校设有国防科技重点实验室。</p>"));

        var result = await host.CrawlAsync(site.Root);

        var finding = Assert.Single(result.Findings);
        var stored = await host.Get<PageStore>().ReadAsync(finding.PageSha256, TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        Assert.Equal(finding.PageSha256, PageStore.Sha256Hex(stored));
        Assert.Equal(site.Server.LogEntries.Last(e => e.RequestMessage.Path == "/").ResponseMessage.BodyData!.BodyAsBytes, stored);
    }

    [Fact]
    public async Task Crawl_ChineseAcademyAbbreviation_CountsOnlyOnTaiwanPages()
    {
        using var host = CrawlerTestHost.Create();
        using var mainland = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        using var taiwan = FixtureSite.Start("www.univ-e.edu.tw", host.Resolver).Robots("");
        mainland.Html("/", EvidenceSites.Page("zh-CN", "合作", "<p>学校与中科院合作共建研究所。</p>"));
        taiwan.Html("/", EvidenceSites.Page("zh-TW", "合作", "<p>本校與中科院合作研發。</p>"));

        var mainlandResult = await host.CrawlAsync(mainland.Root);
        var taiwanResult = await host.CrawlAsync(taiwan.Root);

        Assert.DoesNotContain(mainlandResult.Findings, f => f.Term == "中科院");
        Assert.Contains(taiwanResult.Findings, f => f.Term == "中科院");
    }

    [Fact]
    public async Task Crawl_OfficerAddedTerm_IsMatched()
    {
        using var host = CrawlerTestHost.Create();
        await host.Get<OfficerTermStore>().SaveAsync(new LexiconTerm
        {
            Id = "zh-example-lab",
            Term = "特种材料联合实验室",
            Language = "zh-Hans",
            Category = "DefenceLaboratory",
            RelationType = RelationType.DefenceResearchUnit,
            Weight = EvidenceStrength.Strong,
        }, TestContext.Current.CancellationToken);
        using var site = FixtureSite.Start("www.univ-a.edu.cn", host.Resolver).Robots("");
        site.Html("/", EvidenceSites.Page("zh-CN", "平台", "<p>学校建有特种材料联合实验室。</p>"));

        var result = await host.CrawlAsync(site.Root);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("officer-zh-example-lab", finding.TermId);
        Assert.EndsWith("+officer1", result.LexiconVersion);
    }
}
