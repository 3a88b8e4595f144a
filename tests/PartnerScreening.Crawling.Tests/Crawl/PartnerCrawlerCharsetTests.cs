using System.Text;
using PartnerScreening.Crawling.Tests.Support;
using PartnerScreening.Crawling.Text;

namespace PartnerScreening.Crawling.Tests.Crawl;

public sealed class PartnerCrawlerCharsetTests
{
    static PartnerCrawlerCharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, int, string, string, bool> Cases => new()
    {
        // label on the page or header, code page used to write the bytes, charset the crawler must report, text with a term, label in meta (else header)
        { "gb2312", 54936, "gb18030", "学校设有国防科技重点实验室。", true },
        { "gb2312", 54936, "gb18030", "学校设有国防科技重点实验室。", false },
        { "gbk", 54936, "gb18030", "学校与中国航天科技集团签署合作协议。", false },
        { "big5", 950, "big5", "本校與國家中山科學研究院簽署合作備忘錄。", true },
        { "big5", 950, "big5", "本校與國家中山科學研究院簽署合作備忘錄。", false },
        { "shift_jis", 932, "windows-31j", "本研究室は防衛装備庁と共同研究を実施している。", true },
        { "shift_jis", 932, "windows-31j", "本研究室は防衛装備庁と共同研究を実施している。", false },
        { "euc-kr", 949, "windows-949", "본 연구실은 국방과학연구소와 공동연구 협약을 체결하였다.", true },
        { "euc-kr", 949, "windows-949", "본 연구실은 국방과학연구소와 공동연구 협약을 체결하였다.", false },
        { "windows-1251", 1251, "windows-1251", "В университете действует военный учебный центр.", true },
        { "windows-1251", 1251, "windows-1251", "В университете действует военный учебный центр.", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Crawl_LegacyCharset_DecodedAndMatched(string label, int codePage, string expectedCharset, string sentence, bool labelInMeta)
    {
        var meta = labelInMeta ? $"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\">" : string.Empty;
        var html = $"<html><head>{meta}<title>T</title></head><body><p>{sentence}</p></body></html>";
        var bytes = Encoding.GetEncoding(codePage).GetBytes(html);
        using var host = CrawlerTestHost.Create();
        using var site = FixtureSite.Start("www.partner.example.org", host.Resolver).Robots("");
        site.Bytes("/", bytes, labelInMeta ? "text/html" : $"text/html; charset={label}");

        var result = await host.CrawlAsync(site.Root);

        var page = Assert.Single(result.Pages);
        Assert.Equal(expectedCharset, page.Charset);
        Assert.Equal(labelInMeta ? CharsetSource.MetaTag : CharsetSource.Header, page.CharsetSource);
        Assert.Contains(result.Findings, f => f.Quote == sentence);
    }

    [Theory]
    [InlineData(54936, "学校设有国防科技重点实验室，并与中国航天科技集团签署战略合作协议。", "gb18030")]
    [InlineData(932, "本研究室は防衛装備庁と共同研究を実施している。大学の研究について紹介します。", "windows-31j")]
    [InlineData(949, "본 연구실은 국방과학연구소와 공동연구 협약을 체결하였다. 대학 소개 페이지입니다.", "windows-949")]
    [InlineData(1251, "В университете действует военный учебный центр и кафедра физики.", "windows-1251")]
    [InlineData(65001, "学校设有国防科技重点实验室。", "utf-8")]
    public void Decode_NoDeclaration_DetectsCharset(int codePage, string text, string expected)
    {
        var bytes = Encoding.GetEncoding(codePage).GetBytes($"<html><body><p>{text}</p></body></html>");

        var decoded = CharsetDecoder.Decode(bytes, null);

        Assert.Equal(expected, decoded.UsedCharset);
        Assert.Equal(CharsetSource.Detected, decoded.Source);
        Assert.Contains(text, decoded.Text);
    }

    [Fact]
    public void Decode_ByteOrderMark_WinsOverHeader()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<p>国防科技重点实验室</p>")).ToArray();

        var decoded = CharsetDecoder.Decode(bytes, "iso-8859-1");

        Assert.Equal(CharsetSource.ByteOrderMark, decoded.Source);
        Assert.Contains("国防科技重点实验室", decoded.Text);
    }

    [Fact]
    public void Decode_WrongHeaderCharset_FallsBackToDetection()
    {
        var bytes = Encoding.GetEncoding(54936).GetBytes("<p>学校设有国防科技重点实验室，并承担装备预研项目。</p>");

        var decoded = CharsetDecoder.Decode(bytes, "utf-8");

        Assert.Equal("gb18030", decoded.UsedCharset);
        Assert.Equal("utf-8", decoded.DeclaredCharset);
    }
}
