using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerScreening.Crawling.Lexicon;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Tests.Web.Crawl;

namespace PartnerScreening.UiTests;

[Collection(RegistryUiCollection.Name)]
public sealed class CrawlUiTests(UiServer server)
{
    private static readonly PageWaitForSelectorOptions CrawlTimeout = new() { Timeout = 60_000 };

    private async Task<int> AddPartnerAsync(string name, Uri website)
    {
        var partner = await server.Factory.Services.GetRequiredService<RegistryStore>().CreatePartnerAsync(new Partner
        {
            Names = [new PartnerName(name, "en")],
            Country = "CN",
            Type = PartnerType.University,
            Websites = [website.AbsoluteUri],
        }, TestContext.Current.CancellationToken);
        return partner.Id;
    }

    /// <summary>Clicks "crawl now" on the partner page and waits until the section shows the crawl finished.</summary>
    private static async Task CrawlNowAsync(IPage page)
    {
        await page.ClickAsync("form.crawl-start button[type=submit]");
        await page.WaitForSelectorAsync("#partner-crawl [data-crawl-state=succeeded], #partner-crawl [data-crawl-state=failed]", CrawlTimeout);
        Assert.Equal(1, await page.Locator("#partner-crawl [data-crawl-state=succeeded]").CountAsync());
    }

    [Fact]
    public async Task CrawlNow_FixtureSite_ShowsProgressThenReport()
    {
        // The second page responds after two seconds, so the section shows the running crawl before it finishes.
        using var site = new CrawlFixtureSite(pageDelay: TimeSpan.FromSeconds(2));
        var partnerId = await AddPartnerAsync("Crawl Progress Test University", site.Root);
        var page = await server.SignedInPageAsync();
        await page.GotoAsync($"{server.BaseUrl}/Partners/Details/{partnerId}");
        Assert.Contains("この機関のレポートはまだありません", await page.Locator("#partner-crawl").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.AssertAccessibleAsync(page);

        await page.ClickAsync("form.crawl-start button[type=submit]");
        await page.WaitForSelectorAsync("#partner-crawl [data-crawl-state=running] progress", CrawlTimeout);
        Assert.Contains("調査を開始しました", await page.Locator("#partner-crawl .crawl-message").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("form.crawl-start").CountAsync());
        await page.WaitForSelectorAsync("#partner-crawl [data-crawl-state=succeeded]", CrawlTimeout);

        // The section was refreshed in place: the officer stayed on the partner page. Polling has stopped, so after
        // another round's interval the page still has one section, not a copy of the page inside it.
        Assert.EndsWith($"/Partners/Details/{partnerId}#partner-crawl", page.Url, StringComparison.Ordinal);
        await page.WaitForTimeoutAsync(2500);
        Assert.Equal(1, await page.Locator("#partner-crawl").CountAsync());
        Assert.Equal(1, await page.Locator("header.site-header").CountAsync());
        Assert.Equal(1, await page.Locator("table.crawl-reports tbody tr").CountAsync());
        Assert.Equal("1", (await page.Locator("table.crawl-reports tbody tr td").Nth(2).InnerTextAsync()).Trim());
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.SaveScreenshotAsync(page, "partner-crawl.png");

        await page.ClickAsync("#partner-crawl a.latest-report");
        await page.WaitForSelectorAsync("iframe.crawl-report-frame");
        var report = page.FrameLocator("iframe.crawl-report-frame");
        Assert.Contains("国防科技重点实验室", await report.Locator("table.findings").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await report.Locator("a.as-fetched").CountAsync());
        Assert.Contains("強 1 件", await page.Locator("dl.report-facts").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.SaveScreenshotAsync(page, "crawl-report-page.png");

        await page.GotoAsync($"{server.BaseUrl}/Crawl");
        Assert.Contains("Crawl Progress Test University", await page.Locator("table.crawl-runs").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.AssertAccessibleAsync(page);
        Assert.False(site.PrivatePathRequested);
    }

    [Fact]
    public async Task OfficerTerm_Added_UsedInNextCrawlFindings()
    {
        using var site = new CrawlFixtureSite();
        var partnerId = await AddPartnerAsync("Officer Term Test University", site.Root);
        var page = await server.SignedInPageAsync();
        await page.GotoAsync($"{server.BaseUrl}/Crawl/Terms");
        await PageChecks.AssertAccessibleAsync(page);

        // An empty term is rejected in Japanese and nothing is stored.
        await page.FillAsync("#term", " ");
        await page.ClickAsync("form.term-form button[type=submit]");
        Assert.Contains("用語を入力してください", await page.Locator("ul.error").InnerTextAsync(), StringComparison.Ordinal);

        await page.FillAsync("#term", CrawlFixtureSite.OfficerOnlyPhrase);
        await page.SelectOptionAsync("#language", "zh-Hans");
        await page.SelectOptionAsync("#category", "MilitaryResearchInstitute");
        await page.SelectOptionAsync("#relationType", "MilitaryResearchInstitute");
        await page.SelectOptionAsync("#weight", "Strong");
        await page.FillAsync("#contexts", "旧址");
        await page.ClickAsync("form.term-form button[type=submit]");
        await page.WaitForSelectorAsync("table.officer-terms");
        Assert.Contains(CrawlFixtureSite.OfficerOnlyPhrase, await page.Locator("table.officer-terms").InnerTextAsync(), StringComparison.Ordinal);
        var stored = await server.Factory.Services.GetRequiredService<OfficerTermStore>().ListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(stored, term => term.Term == CrawlFixtureSite.OfficerOnlyPhrase && term.Weight == EvidenceStrength.Strong);
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.SaveScreenshotAsync(page, "officer-terms.png");

        await page.GotoAsync($"{server.BaseUrl}/Partners/Details/{partnerId}");
        await CrawlNowAsync(page);
        await page.ClickAsync("#partner-crawl a.latest-report");
        var report = page.FrameLocator("iframe.crawl-report-frame");
        var findings = await report.Locator("section.findings").InnerTextAsync();
        Assert.Contains(CrawlFixtureSite.OfficerOnlyPhrase, findings, StringComparison.Ordinal);
        Assert.Contains("軍の系統に属する研究機関", findings, StringComparison.Ordinal);
        Assert.Contains("+officer", await report.Locator("table.meta").First.InnerTextAsync(), StringComparison.Ordinal);

        // Removing the term again keeps the other tests' crawls on the shipped lexicon.
        await page.GotoAsync($"{server.BaseUrl}/Crawl/Terms");
        await page.Locator("table.officer-terms tr", new PageLocatorOptions { HasText = CrawlFixtureSite.OfficerOnlyPhrase }).Locator("button").ClickAsync();
        await page.WaitForSelectorAsync("p.success");
        Assert.DoesNotContain(
            await server.Factory.Services.GetRequiredService<OfficerTermStore>().ListAsync(TestContext.Current.CancellationToken),
            term => term.Term == CrawlFixtureSite.OfficerOnlyPhrase);
    }
}
