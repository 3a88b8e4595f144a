using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ExcelDataReader;
using Microsoft.Playwright;
using Xunit;

namespace PartnerScreening.UiTests;

public sealed class OfficerUiTests(UiServer server) : IClassFixture<UiServer>
{
    [Theory]
    [InlineData("哈爾浜工業大学")]
    [InlineData("ハルビン工業大学")]
    public async Task Search_JapaneseName_ShowsHarbinInstituteFirst(string query)
    {
        var page = await server.SignedInPageAsync();

        await page.FillAsync("#name", query);
        await page.ClickAsync(".search-form button[type=submit]");
        await page.WaitForSelectorAsync(".results");

        var firstGroup = page.Locator(".hit-group").First;
        Assert.Contains("Harbin Institute of Technology", await firstGroup.Locator(".entity-name").InnerTextAsync(), StringComparison.Ordinal);
        var explanation = await firstGroup.Locator(".explanation").First.InnerTextAsync();
        Assert.False(string.IsNullOrWhiteSpace(explanation));
        Assert.Contains("METI", await firstGroup.Locator(".badges").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEqual("clear", await page.Locator("[data-decision]").GetAttributeAsync("data-decision"));
        await SaveScreenshotAsync(page, "search-results.png");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task PartyPage_FromHit_ShowsWmdCategoriesAndSnapshot()
    {
        var page = await server.SignedInPageAsync();
        await page.FillAsync("#name", "Harbin Institute of Technology");
        await page.ClickAsync(".search-form button[type=submit]");
        await page.WaitForSelectorAsync(".results");

        await page.Locator(".matched-name").First.ClickAsync();
        await page.WaitForSelectorAsync("dl.fields");

        var fields = await page.Locator("dl.fields").InnerTextAsync();
        Assert.Contains("ミサイル (M)", fields, StringComparison.Ordinal);
        Assert.Contains("通常兵器", fields, StringComparison.Ordinal);
        Assert.Contains("meti-eul-", fields, StringComparison.Ordinal);
        Assert.Contains("哈爾浜工業大学", await page.Locator("table.names").InnerTextAsync(), StringComparison.Ordinal);
        await SaveScreenshotAsync(page, "listed-party.png");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglish_ShowsEnglishTexts()
    {
        var page = await server.SignedInPageAsync();
        Assert.Equal("名称検索", await page.Locator("h1").InnerTextAsync());

        await page.ClickAsync(".language-switch button");
        await page.WaitForSelectorAsync("html[lang=en]");

        Assert.Equal("Name search", await page.Locator("h1").InnerTextAsync());
        await page.ClickAsync(".language-switch button");
        await page.WaitForSelectorAsync("html[lang=ja]");
        Assert.Equal("名称検索", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task ListsPage_ShowsMetiListWithCount()
    {
        var page = await server.SignedInPageAsync();

        await page.GotoAsync(server.BaseUrl + "/Lists");

        var metiRow = page.Locator("table.lists tr", new PageLocatorOptions { HasText = "経済産業省 外国ユーザーリスト" });
        Assert.Contains("835", await metiRow.InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Batch_SmallCsv_ScreensEveryRowAndDownloadsExcel()
    {
        var page = await server.SignedInPageAsync();
        await page.GotoAsync(server.BaseUrl + "/Batch");
        await AssertAccessibleAsync(page);
        var csv = "名称,国\nHarbin Institute of Technology,CN\nNorthwestern Polytechnical University,CN\nExample Trading Company,JP\n"u8.ToArray();

        await page.SetInputFilesAsync("#file", new FilePayload { Name = "partners.csv", MimeType = "text/csv", Buffer = csv });
        await page.ClickAsync(".upload-form button[type=submit]");
        await page.WaitForSelectorAsync(".batch-done", new PageWaitForSelectorOptions { Timeout = 60_000 });

        Assert.Equal(3, await page.Locator("table.batch-results tbody tr").CountAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".batch-done a"));
        var path = await download.PathAsync();
        await using var stream = File.OpenRead(path!);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        Assert.Equal(4, rows);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task ScreeningsAndRecordPages_AreAccessible()
    {
        var page = await server.SignedInPageAsync();
        await page.FillAsync("#name", "Beihang University");
        await page.ClickAsync(".search-form button[type=submit]");
        await page.WaitForSelectorAsync(".results");

        await page.ClickAsync(".record-link a");
        await page.WaitForSelectorAsync("article.record");
        Assert.Contains(UiServer.OfficerEmail, await page.Locator("article.record dl").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync(page);

        await page.GotoAsync(server.BaseUrl + "/Screenings");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task SignInPage_IsAccessible()
    {
        var context = await server.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(server.BaseUrl + "/Search");

        Assert.True(page.Url.Contains("/Account/SignIn", StringComparison.Ordinal), $"{page.Url}: {await page.ContentAsync()}");
        await AssertAccessibleAsync(page);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(violation => violation.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("; ", serious.Select(violation => $"{violation.Id}: {violation.Help} ({violation.Nodes.Length} nodes)")));
    }

    // Screenshots for the documentation are written only when PARTNERSCREENING_SCREENSHOTS names a folder.
    private static async Task SaveScreenshotAsync(IPage page, string fileName)
    {
        var folder = Environment.GetEnvironmentVariable("PARTNERSCREENING_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, fileName), FullPage = true });
    }
}
