using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Crawling.Lexicon;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Storage.Registry;

namespace PartnerScreening.Tests.Web.Crawl;

public sealed partial class CrawlPagesTests
{
    private static async Task<int> AddPartnerAsync(PartnerScreeningFactory factory, params string[] websites)
    {
        var partner = await factory.Services.GetRequiredService<RegistryStore>().CreatePartnerAsync(new Partner
        {
            Names = [new PartnerName("示例大学", "zh"), new PartnerName("Example University", "en")],
            Country = "CN",
            Type = PartnerType.University,
            Websites = websites,
        }, TestContext.Current.CancellationToken);
        return partner.Id;
    }

    /// <summary>Polls the partner section until the crawl has finished and returns the section's HTML.</summary>
    private static async Task<string> WaitForCrawlAsync(OfficerSession officer, int partnerId)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            var section = await officer.GetStringAsync($"/Crawl?handler=Section&partnerId={partnerId}");
            if (section.Contains("data-crawl-state=\"succeeded\"", StringComparison.Ordinal) || section.Contains("data-crawl-state=\"failed\"", StringComparison.Ordinal))
            {
                return section;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        Assert.Fail("The crawl did not finish within a minute.");
        return "";
    }

    [Fact]
    public async Task CrawlNow_WithWebsite_LinksReport()
    {
        using var site = new CrawlFixtureSite();
        await using var factory = new PartnerScreeningFactory(CrawlFixtureSite.CrawlerSettings());
        var partnerId = await AddPartnerAsync(factory, site.Root.AbsoluteUri);
        using var officer = await OfficerSession.SignInAsync(factory);
        var partnerPage = $"/Partners/Details/{partnerId}";

        var before = await officer.GetStringAsync(partnerPage);
        Assert.Contains("今すぐ調査する", before, StringComparison.Ordinal);
        Assert.Contains("この機関のレポートはまだありません。", before, StringComparison.Ordinal);

        using var start = await officer.PostFormAsync(partnerPage, "/Crawl?handler=Start", new Dictionary<string, string> { ["partnerId"] = partnerId.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal($"/Partners/Details/{partnerId}#partner-crawl", start.Headers.Location?.OriginalString);

        var section = await WaitForCrawlAsync(officer, partnerId);
        Assert.Contains("data-crawl-state=\"succeeded\"", section, StringComparison.Ordinal);
        Assert.DoesNotContain("data-refresh-url=\"/", section, StringComparison.Ordinal);
        Assert.False(site.PrivatePathRequested);

        var after = await officer.GetStringAsync(partnerPage);
        var reportLink = ReportLink().Match(after);
        Assert.True(reportLink.Success, "The partner page links no report.");
        var reportPage = await officer.GetStringAsync(WebUtility.HtmlDecode(reportLink.Groups["href"].Value));
        Assert.Contains("示例大学", reportPage, StringComparison.Ordinal);
        Assert.Contains("強 1 件", reportPage, StringComparison.Ordinal);

        var htmlUrl = WebUtility.HtmlDecode(HtmlFileLink().Match(reportPage).Groups["href"].Value);
        using var htmlResponse = await officer.Client.GetAsync(htmlUrl, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, htmlResponse.StatusCode);
        Assert.Contains("default-src 'none'", htmlResponse.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var reportHtml = WebUtility.HtmlDecode(await htmlResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("国防科技重点实验室", reportHtml, StringComparison.Ordinal);

        // The finding's "page as fetched" link is relative to the stored report and must reach the stored bytes.
        var asFetched = WebUtility.HtmlDecode(AsFetchedLink().Match(reportHtml).Groups["href"].Value);
        Assert.StartsWith("../../../pages/", asFetched, StringComparison.Ordinal);
        using var pageResponse = await officer.Client.GetAsync(new Uri(new Uri(officer.Client.BaseAddress!, htmlUrl), asFetched), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Equal("text/html", pageResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", pageResponse.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("sandbox", pageResponse.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("学校设有国防科技重点实验室。", await pageResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var jsonUrl = WebUtility.HtmlDecode(JsonFileLink().Match(reportPage).Groups["href"].Value);
        using var json = JsonDocument.Parse(await officer.GetStringAsync(jsonUrl));
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("term").GetString() == "国防科技重点实验室");
    }

    [Fact]
    public async Task CrawlNow_SecondTime_ReportsChanges()
    {
        using var site = new CrawlFixtureSite();
        await using var factory = new PartnerScreeningFactory(CrawlFixtureSite.CrawlerSettings());
        var partnerId = await AddPartnerAsync(factory, site.Root.AbsoluteUri);
        using var officer = await OfficerSession.SignInAsync(factory);
        var form = new Dictionary<string, string> { ["partnerId"] = partnerId.ToString(CultureInfo.InvariantCulture) };

        (await officer.PostFormAsync($"/Partners/Details/{partnerId}", "/Crawl?handler=Start", form)).Dispose();
        await WaitForCrawlAsync(officer, partnerId);
        // Report names are start times in whole seconds, so the second crawl starts in a later second.
        await Task.Delay(1100, TestContext.Current.CancellationToken);
        (await officer.PostFormAsync($"/Partners/Details/{partnerId}", "/Crawl?handler=Start", form)).Dispose();
        await WaitForCrawlAsync(officer, partnerId);

        var partnerPage = await officer.GetStringAsync($"/Partners/Details/{partnerId}");
        var stored = factory.Services.GetRequiredService<Crawling.Reports.CrawlReportStore>().ListNames(partnerId.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(2, stored.Count);
        Assert.Single(SectionHeading().Matches(partnerPage));
        Assert.Equal(2, ReportRow().Matches(partnerPage).Count);

        // The first report had nothing to compare with, so its count of new findings is a dash, not zero.
        Assert.Single(NoComparisonCell().Matches(partnerPage));
        var latest = WebUtility.HtmlDecode(ReportLink().Match(partnerPage).Groups["href"].Value);
        var reportPage = await officer.GetStringAsync(latest);
        var reportHtml = await officer.GetStringAsync(WebUtility.HtmlDecode(HtmlFileLink().Match(reportPage).Groups["href"].Value));
        Assert.Contains("前回からの変化", reportHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusPage_AfterWeeklyRun_ShowsPartnersDone()
    {
        using var site = new CrawlFixtureSite();
        await using var factory = new PartnerScreeningFactory(CrawlFixtureSite.CrawlerSettings());
        await AddPartnerAsync(factory, site.Root.AbsoluteUri);
        await AddPartnerAsync(factory, site.Root.AbsoluteUri.Replace("127.0.0.1", "localhost", StringComparison.Ordinal));
        using var officer = await OfficerSession.SignInAsync(factory);

        var summary = await factory.Services.GetRequiredService<Jobs.CrawlPartnersJob>().RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, summary.Partners);
        var status = await officer.GetStringAsync("/Crawl");
        Assert.Contains("data-weekly-state=\"finished\"", status, StringComparison.Ordinal);
        Assert.Contains($"{summary.Partners} / 2 機関（成功 {summary.Succeeded}、失敗 {summary.Failed}、スキップ 0）", status, StringComparison.Ordinal);
        Assert.Equal(2, CrawlRunRow().Matches(status).Count);
        var weekly = await officer.GetStringAsync("/Crawl?handler=Weekly");
        Assert.StartsWith("<section id=\"weekly-crawl\"", weekly.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("data-refresh-url=\"/", weekly, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerPage_NoContactSettings_ShowsCrawlingDisabled()
    {
        await using var factory = new PartnerScreeningFactory();
        var partnerId = await AddPartnerAsync(factory, "https://www.example.edu.cn/");
        using var officer = await OfficerSession.SignInAsync(factory);

        var page = await officer.GetStringAsync($"/Partners/Details/{partnerId}");

        Assert.Contains("crawl-disabled", page, StringComparison.Ordinal);
        Assert.Contains("Crawling:ContactUrl", page, StringComparison.Ordinal);
        Assert.DoesNotContain("今すぐ調査する", page, StringComparison.Ordinal);
        var status = await officer.GetStringAsync("/Crawl");
        Assert.Contains("crawl-disabled", status, StringComparison.Ordinal);

        using var start = await officer.PostFormAsync("/Crawl", "/Crawl?handler=Start", new Dictionary<string, string> { ["partnerId"] = partnerId.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var after = await officer.GetStringAsync($"/Partners/Details/{partnerId}");
        Assert.Contains("設定されていないため調査できません", after, StringComparison.Ordinal);
        Assert.Null(factory.Services.GetRequiredService<Crawling.Progress.CrawlActivity>().LatestFor(partnerId.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task CrawlNow_PartnerWithoutWebsite_SaysAddWebsite()
    {
        await using var factory = new PartnerScreeningFactory(CrawlFixtureSite.CrawlerSettings());
        var partnerId = await AddPartnerAsync(factory);
        using var officer = await OfficerSession.SignInAsync(factory);

        using var start = await officer.PostFormAsync("/Crawl", "/Crawl?handler=Start", new Dictionary<string, string> { ["partnerId"] = partnerId.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Contains("ウェブサイトが登録されていないため調査できません", await officer.GetStringAsync($"/Partners/Details/{partnerId}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Crawl?handler=Start", "999999")]
    [InlineData("/Crawl?handler=Start", "")]
    public async Task CrawlNow_UnknownPartner_NotFound(string action, string partnerId)
    {
        await using var factory = new PartnerScreeningFactory(CrawlFixtureSite.CrawlerSettings());
        using var officer = await OfficerSession.SignInAsync(factory);

        using var response = await officer.PostFormAsync("/Crawl", action, new Dictionary<string, string> { ["partnerId"] = partnerId });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/crawl/data/reports/crawl/1/20260101T000000Z.html")]
    [InlineData("/crawl/data/reports/crawl/1/20260101T000000Z.txt")]
    [InlineData("/crawl/data/reports/crawl/..%2F..%2F/partnerscreening.db")]
    [InlineData("/crawl/data/reports/crawl/1/..%2F..%2F..%2Fpartnerscreening.db")]
    [InlineData("/crawl/data/pages/ab/abcdef.bin")]
    [InlineData("/crawl/data/pages/00/ab00000000000000000000000000000000000000000000000000000000000000.bin")]
    [InlineData("/crawl/data/pages/00/0000000000000000000000000000000000000000000000000000000000000000.bin")]
    [InlineData("/Crawl/Report/1/20260101T000000Z")]
    [InlineData("/Crawl/Report/1/..%2Fx")]
    public async Task StoredFiles_UnknownOrOutsideStore_NotFound(string url)
    {
        await using var factory = new PartnerScreeningFactory();
        using var officer = await OfficerSession.SignInAsync(factory);

        using var response = await officer.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/Crawl")]
    [InlineData("/Crawl/Terms")]
    [InlineData("/crawl/data/pages/00/0000000000000000000000000000000000000000000000000000000000000000.bin")]
    public async Task CrawlPages_NotSignedIn_RedirectToSignIn(string url)
    {
        await using var factory = new PartnerScreeningFactory();
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/SignIn", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terms_AddAndRemove_StoredForNextCrawl()
    {
        await using var factory = new PartnerScreeningFactory(CrawlFixtureSite.CrawlerSettings());
        using var officer = await OfficerSession.SignInAsync(factory);
        var store = factory.Services.GetRequiredService<OfficerTermStore>();

        using var added = await officer.PostFormAsync("/Crawl/Terms", "/Crawl/Terms?handler=Add", new Dictionary<string, string>
        {
            ["Term"] = CrawlFixtureSite.OfficerOnlyPhrase,
            ["Language"] = "zh-Hans",
            ["Category"] = "MilitaryResearchInstitute",
            ["RelationType"] = "MilitaryResearchInstitute",
            ["Weight"] = "Strong",
            ["FalsePositiveContexts"] = "海鹰特种装备研究中心旧址\n",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var term = Assert.Single(await store.ListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(CrawlFixtureSite.OfficerOnlyPhrase, term.Term);
        Assert.Equal(RelationType.MilitaryResearchInstitute, term.RelationType);
        Assert.Equal(EvidenceStrength.Strong, term.Weight);
        Assert.Equal(["海鹰特种装备研究中心旧址"], term.FalsePositiveContexts);
        Assert.Equal("officer", term.Origin);
        var page = await officer.GetStringAsync("/Crawl/Terms");
        Assert.Contains("次回の調査から使われます", page, StringComparison.Ordinal);
        Assert.Contains($"data-term-id=\"{term.Id}\"", page, StringComparison.Ordinal);

        using var removed = await officer.PostFormAsync("/Crawl/Terms", "/Crawl/Terms?handler=Remove", new Dictionary<string, string> { ["id"] = term.Id });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await store.ListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("", "zh-Hans", "MilitaryOrganization", "Military", "Strong", "用語を入力してください。")]
    [InlineData("某部队", "xx", "MilitaryOrganization", "Military", "Strong", "言語「xx」は選べません。")]
    [InlineData("某部队", "zh-Hans", "NoSuchCategory", "Military", "Strong", "分類「NoSuchCategory」は語彙にありません。")]
    [InlineData("某部队", "zh-Hans", "MilitaryOrganization", "", "Strong", "関係の類型を選んでください。")]
    [InlineData("某部队", "zh-Hans", "MilitaryOrganization", "Military", "VeryStrong", "重み（強・中・弱）を選んでください。")]
    [InlineData("国防科技重点实验室", "zh-Hans", "DefenceLaboratory", "DefenceResearchUnit", "Strong", "すでに語彙にあります")]
    public async Task Terms_InvalidInput_ShowsJapaneseErrorAndStoresNothing(string term, string language, string category, string relationType, string weight, string expected)
    {
        await using var factory = new PartnerScreeningFactory();
        using var officer = await OfficerSession.SignInAsync(factory);

        using var response = await officer.PostFormAsync("/Crawl/Terms", "/Crawl/Terms?handler=Add", new Dictionary<string, string>
        {
            ["Term"] = term,
            ["Language"] = language,
            ["Category"] = category,
            ["RelationType"] = relationType,
            ["Weight"] = weight,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        Assert.Empty(await factory.Services.GetRequiredService<OfficerTermStore>().ListAsync(TestContext.Current.CancellationToken));
    }

    [GeneratedRegex("class=\"latest-report\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex ReportLink();

    [GeneratedRegex("class=\"report-html\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex HtmlFileLink();

    [GeneratedRegex("class=\"report-json\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex JsonFileLink();

    [GeneratedRegex("class=\"as-fetched\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex AsFetchedLink();

    [GeneratedRegex("<td>週次</td>")]
    private static partial Regex CrawlRunRow();

    [GeneratedRegex("<td class=\"numeric\">–</td>")]
    private static partial Regex NoComparisonCell();

    [GeneratedRegex("id=\"partner-crawl-title\"")]
    private static partial Regex SectionHeading();

    [GeneratedRegex("<tr>\\s*<td><a href=\"/Crawl/Report/")]
    private static partial Regex ReportRow();
}
