using PartnerScreening.Crawling.Scope;
using PartnerScreening.Crawling.Tests.Support;

namespace PartnerScreening.Crawling.Tests.Scope;

public sealed class PublicSuffixListTests
{
    [Theory]
    [InlineData("www.buaa.edu.cn", "buaa.edu.cn")]
    [InlineData("english.buaa.edu.cn", "buaa.edu.cn")]
    [InlineData("www.u-tokyo.ac.jp", "u-tokyo.ac.jp")]
    [InlineData("www.kaist.ac.kr", "kaist.ac.kr")]
    [InlineData("www.ntu.edu.tw", "ntu.edu.tw")]
    [InlineData("www.ox.ac.uk", "ox.ac.uk")]
    [InlineData("news.mit.edu", "mit.edu")]
    [InlineData("www.msu.ru", "msu.ru")]
    [InlineData("WWW.Example.COM.", "example.com")]
    [InlineData("www.大学.jp", "xn--pss25c.jp")]
    public void GetRegistrableDomain_Host_ReturnsDomain(string host, string expected)
    {
        Assert.Equal(expected, CrawlerTestHost.PublicSuffixes.GetRegistrableDomain(host));
    }

    [Theory]
    [InlineData("edu.cn")]
    [InlineData("ac.jp")]
    [InlineData("ac.kr")]
    [InlineData("com")]
    [InlineData("127.0.0.1")]
    public void GetRegistrableDomain_PublicSuffixOrAddress_ReturnsNull(string host)
    {
        Assert.Null(CrawlerTestHost.PublicSuffixes.GetRegistrableDomain(host));
    }

    [Fact]
    public void Scope_SiblingUniversitiesUnderEduCn_AreDifferentSites()
    {
        var scope = CrawlScope.FromSeeds(CrawlerTestHost.PublicSuffixes, [new Uri("http://www.buaa.edu.cn/")]);

        Assert.True(scope.Contains(new Uri("https://english.buaa.edu.cn/about")));
        Assert.False(scope.Contains(new Uri("https://www.tsinghua.edu.cn/")));
        Assert.False(scope.Contains(new Uri("ftp://www.buaa.edu.cn/")));
    }

    [Fact]
    public void Parse_WildcardAndException_FollowAlgorithm()
    {
        var list = PublicSuffixList.Parse(["// comment", "ck", "*.ck", "!www.ck"]);

        Assert.Equal("site.any.ck", list.GetRegistrableDomain("a.site.any.ck"));
        Assert.Equal("www.ck", list.GetRegistrableDomain("www.ck"));
    }
}
