using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerScreening.Storage.Registry;

namespace PartnerScreening.UiTests;

[Collection(RegistryUiCollection.Name)]
public sealed class LedgerImportUiTests(UiServer server)
{
    // Row 1 is the header. Rows 2 and 3 are valid, and rows 4 to 7 each break one rule.
    private const string Ledger =
        "機関名,国,種別,契約種別,部局,開始日,終了日\n"
        + "Ledger Preview University Alpha,CN,大学,共同研究,工学研究科,2025-04-01,2027-03-31\n"
        + "Ledger Preview Institute Beta,KR,公的研究機関,MOU,理学研究科,2025/04/01,\n"
        + ",CN,大学,共同研究,工学研究科,2025-04-01,2027-03-31\n"
        + "Ledger Preview Gamma,CN,大学,魔法契約,工学研究科,2025-04-01,\n"
        + "Ledger Preview Delta,CN,大学,共同研究,工学研究科,2025-02-30,\n"
        + "Ledger Preview University Alpha,CN,大学,共同研究,工学研究科,2025-04-01,2027-03-31\n";

    [Fact]
    public async Task Import_BadRows_PreviewsThenImportsValidOnly()
    {
        var store = server.Factory.Services.GetRequiredService<RegistryStore>();
        var page = await server.SignedInPageAsync();
        await page.GotoAsync(server.BaseUrl + "/Partners/Import");
        await PageChecks.AssertAccessibleAsync(page);

        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "台帳.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Ledger) });
        await page.ClickAsync(".import-form button[type=submit]");
        await page.WaitForSelectorAsync(".import-preview");

        Assert.Contains("新規登録", await page.Locator("table.preview-rows tr[data-row='2']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("新規登録", await page.Locator("table.preview-rows tr[data-row='3']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("機関名が空です", await ErrorOfRowAsync(page, 4), StringComparison.Ordinal);
        Assert.Contains("契約種別「魔法契約」が不明です", await ErrorOfRowAsync(page, 5), StringComparison.Ordinal);
        Assert.Contains("2025-02-30", await ErrorOfRowAsync(page, 6), StringComparison.Ordinal);
        Assert.Contains("存在しない日付", await ErrorOfRowAsync(page, 6), StringComparison.Ordinal);
        var duplicate = await ErrorOfRowAsync(page, 7);
        Assert.Contains("同じ契約", duplicate, StringComparison.Ordinal);
        Assert.Contains("2 行目", duplicate, StringComparison.Ordinal);
        Assert.Equal(4, await page.Locator("table.preview-rows tr.row-error").CountAsync());
        Assert.Empty(await store.ListPartnersAsync(includeArchived: true, "Ledger Preview", TestContext.Current.CancellationToken));
        await PageChecks.AssertAccessibleAsync(page);

        // The checkbox is required in the browser, so remove that check to see that the server rejects the import by itself.
        await page.EvaluateAsync("document.querySelector('input[name=ValidOnly]').removeAttribute('required')");
        await page.ClickAsync(".import-preview form button[type=submit]");
        await page.WaitForSelectorAsync(".import-preview");
        Assert.Equal(0, await page.Locator(".import-preview .success").CountAsync());
        Assert.Empty(await store.ListPartnersAsync(includeArchived: true, "Ledger Preview", TestContext.Current.CancellationToken));

        await page.CheckAsync("input[name=ValidOnly]");
        await page.ClickAsync(".import-preview form button[type=submit]");
        await page.WaitForSelectorAsync(".import-preview .success");
        Assert.Contains("連携先機関 2 件、契約 2 件", await page.Locator(".import-preview .success").InnerTextAsync(), StringComparison.Ordinal);

        var imported = await store.ListPartnersAsync(includeArchived: true, "Ledger Preview", TestContext.Current.CancellationToken);
        Assert.Equal(["Ledger Preview Institute Beta", "Ledger Preview University Alpha"], imported.Select(p => p.PrimaryName).Order(StringComparer.Ordinal));
        var alpha = imported.Single(p => p.PrimaryName == "Ledger Preview University Alpha");
        var agreement = Assert.Single(await store.ListAgreementsAsync(alpha.Id, includeArchived: true, TestContext.Current.CancellationToken));
        Assert.Equal(new DateOnly(2027, 3, 31), agreement.EndDate);

        await page.GotoAsync(server.BaseUrl + "/Partners?Search=Ledger%20Preview");
        var list = await page.Locator("table.partners tbody").InnerTextAsync();
        Assert.Contains("Ledger Preview University Alpha", list, StringComparison.Ordinal);
        Assert.Contains("Ledger Preview Institute Beta", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Ledger Preview Gamma", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Ledger Preview Delta", list, StringComparison.Ordinal);
    }

    private static Task<string> ErrorOfRowAsync(IPage page, int row) =>
        page.Locator($"ul.import-errors li[data-row='{row}']").InnerTextAsync();
}
