using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Storage.Registry;

namespace PartnerScreening.UiTests;

[Collection(RegistryUiCollection.Name)]
public sealed class RegistryEditUiTests(UiServer server)
{
    private RegistryStore Store => server.Factory.Services.GetRequiredService<RegistryStore>();

    [Fact]
    public async Task Agreement_CreateEditArchive_UpdatesStoreAndList()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var page = await server.SignedInPageAsync();
        var partnerId = await CreatePartnerAsync(page, "Agreement Page Test University");

        await page.ClickAsync("a:has-text('契約を追加')");
        await page.WaitForSelectorAsync("form.agreement-form");
        Assert.Equal(partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InputValueAsync("#partner"));
        await page.SelectOptionAsync("#kind", "JointResearch");
        await page.FillAsync("#title", "高温材料の共同研究");
        await page.FillAsync("#department", "工学研究科");
        await page.FillAsync("#responsible", "山田 太郎");
        await page.FillAsync("#start", "2025-04-01");
        await page.FillAsync("#end", "2024-03-31");
        await PageChecks.AssertAccessibleAsync(page);
        await page.ClickAsync("form.agreement-form button[type=submit]");

        // An end date before the start date is rejected with both dates named, and nothing is stored.
        Assert.Contains("終了日 2024-03-31 が開始日 2025-04-01 より前です", await page.Locator("ul.error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await Store.ListAgreementsAsync(partnerId, includeArchived: true, cancellationToken));

        await page.FillAsync("#end", "2027-03-31");
        await page.ClickAsync("form.agreement-form button[type=submit]");
        await page.WaitForSelectorAsync("table.agreements");
        var created = Assert.Single(await Store.ListAgreementsAsync(partnerId, includeArchived: true, cancellationToken));
        Assert.Equal(AgreementKind.JointResearch, created.Kind);
        Assert.Equal("山田 太郎", created.ResponsibleResearcher);
        Assert.Equal(new DateOnly(2027, 3, 31), created.EndDate);
        var row = page.Locator($"tr[data-agreement-id='{created.Id}']");
        Assert.Contains("共同研究", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("未スクリーニング", await row.Locator(".screening-state").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.AssertAccessibleAsync(page);

        await row.Locator("a:has-text('編集')").ClickAsync();
        await page.WaitForSelectorAsync("form.agreement-form");
        Assert.Equal("高温材料の共同研究", await page.InputValueAsync("#title"));
        await page.FillAsync("#department", "理学研究科");
        await page.SelectOptionAsync("#status", "Ended");
        await page.ClickAsync("form.agreement-form button[type=submit]");
        await page.WaitForSelectorAsync("table.agreements");
        var edited = await Store.GetAgreementAsync(created.Id, cancellationToken);
        Assert.Equal("理学研究科", edited?.Department);
        Assert.Equal(AgreementStatus.Ended, edited?.Status);
        Assert.Contains("再スクリーニング対象外", await row.Locator(".screening-state").InnerTextAsync(), StringComparison.Ordinal);

        await row.Locator("button:has-text('アーカイブ')").ClickAsync();
        await page.WaitForSelectorAsync("h1");
        Assert.Equal(0, await page.Locator($"tr[data-agreement-id='{created.Id}']").CountAsync());
        Assert.NotNull((await Store.GetAgreementAsync(created.Id, cancellationToken))?.ArchivedAt);
        await page.CheckAsync("input[name=IncludeArchived]");
        await page.ClickAsync(".search-form button[type=submit]");
        Assert.Contains("アーカイブ済み", await page.Locator($"tr[data-agreement-id='{created.Id}']").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync($"{server.BaseUrl}/Partners/Details/{partnerId}");
        Assert.Contains("高温材料の共同研究", await page.Locator("table.partner-agreements").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Researcher_CreateEditArchive_UpdatesStoreAndPages()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var page = await server.SignedInPageAsync();
        var partnerId = await CreatePartnerAsync(page, "Researcher Page Test Institute");

        await page.ClickAsync("a:has-text('研究員を追加')");
        await page.WaitForSelectorAsync("form.researcher-form");
        await page.FillAsync("#name", "Li Researcherpage");
        await page.FillAsync("#name-original", "李研究");
        await page.FillAsync("#nationality", "中国");
        await page.SelectOptionAsync("#scheme", "InvitedSpecialist");
        await page.FillAsync("#host", "理学研究科");
        await page.FillAsync("#stay-start", "2026-04-01");
        await page.FillAsync("#stay-end", "2027-03-31");
        await page.SelectOptionAsync("#EntryCheck-state", "Completed");
        await page.FillAsync("#EntryCheck-completed", "2026-03-15");
        await page.FillAsync("#EntryCheck-note", "該非確認済み");
        await PageChecks.AssertAccessibleAsync(page);
        await page.ClickAsync("form.researcher-form button[type=submit]");
        await page.WaitForSelectorAsync("dl.researcher-fields");

        var researcher = Assert.Single(await Store.ListResearchersAsync(includeArchived: true, cancellationToken), r => r.Name == "Li Researcherpage");
        Assert.Equal("CN", researcher.Nationality);
        Assert.Equal(partnerId, researcher.HomeInstitutionId);
        Assert.Equal(ResearcherScheme.InvitedSpecialist, researcher.Scheme);
        Assert.Equal(new ResearcherCheck(CheckState.Completed, new DateOnly(2026, 3, 15), "該非確認済み"), researcher.EntryCheck);
        Assert.Equal(CheckState.NotStarted, researcher.ExitCheck.State);
        var fields = await page.Locator("dl.researcher-fields").InnerTextAsync();
        Assert.Contains("招へい専門員", fields, StringComparison.Ordinal);
        Assert.Contains("Researcher Page Test Institute", fields, StringComparison.Ordinal);
        Assert.Contains("完了", await page.Locator("table.checks").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".subject-hits").CountAsync());
        await PageChecks.AssertAccessibleAsync(page);

        await page.ClickAsync("main a:has-text('編集')");
        await page.WaitForSelectorAsync("form.researcher-form");
        Assert.Equal("李研究", await page.InputValueAsync("#name-original"));
        await page.SelectOptionAsync("#MidStayCheck-state", "NeedsAttention");
        await page.FillAsync("#MidStayCheck-note", "共同研究先の変更を確認中");
        await page.ClickAsync("form.researcher-form button[type=submit]");
        await page.WaitForSelectorAsync("dl.researcher-fields");
        var edited = await Store.GetResearcherAsync(researcher.Id, cancellationToken);
        Assert.Equal(CheckState.NeedsAttention, edited?.MidStayCheck.State);
        Assert.Equal(researcher.EntryCheck, edited?.EntryCheck);
        Assert.Contains("要対応", await page.Locator("table.checks").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(server.BaseUrl + "/Researchers");
        var row = page.Locator($"tr[data-researcher-id='{researcher.Id}']");
        Assert.Contains("完了 / 要対応 / 未実施", await row.Locator("td.checks").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.AssertAccessibleAsync(page);

        await page.GotoAsync($"{server.BaseUrl}/Partners/Details/{partnerId}");
        Assert.Contains("Li Researcherpage", await page.Locator("table.partner-researchers").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync($"{server.BaseUrl}/Researchers/Edit?id={researcher.Id}");
        await page.ClickAsync(".archive-form button");
        await page.WaitForSelectorAsync("dl.researcher-fields");
        Assert.NotNull((await Store.GetResearcherAsync(researcher.Id, cancellationToken))?.ArchivedAt);
        Assert.Contains("アーカイブ済み", await page.Locator(".archived-note").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync(server.BaseUrl + "/Researchers");
        Assert.Equal(0, await page.Locator($"tr[data-researcher-id='{researcher.Id}']").CountAsync());
    }

    /// <summary>Creates a partner through the partner form and returns its id from the details page it leads to.</summary>
    private async Task<int> CreatePartnerAsync(IPage page, string name)
    {
        await page.GotoAsync(server.BaseUrl + "/Partners/Edit");
        await page.FillAsync("#names", name);
        await page.FillAsync("#country", "CN");
        await page.ClickAsync("form.partner-form button[type=submit]");
        await PageChecks.WaitForPageAsync(page, url => url.Contains("/Partners/Details/", StringComparison.Ordinal));
        Assert.Equal(name, await page.Locator("h1").InnerTextAsync());
        await PageChecks.AssertAccessibleAsync(page);
        return int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
