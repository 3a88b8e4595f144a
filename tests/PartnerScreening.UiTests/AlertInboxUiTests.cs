using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.UiTests;

[Collection(RegistryUiCollection.Name)]
public sealed class AlertInboxUiTests(UiServer server)
{
    [Fact]
    public async Task Inbox_AfterRescreen_ListsAlertsAndAcknowledges()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var partner = await RegistryUiData.AddPartnerWithLiveAgreementAsync(server, "Northwestern Polytechnical University", "CN");
        var page = await server.SignedInPageAsync();

        await page.GotoAsync(server.BaseUrl + "/Rescreen");
        await page.ClickAsync("form button[type=submit]:has-text('今すぐ再スクリーニング')");
        await PageChecks.WaitForPageAsync(page, url => url.Contains("/Rescreen/Run/", StringComparison.Ordinal));
        var runId = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var store = server.Factory.Services.GetRequiredService<RescreenStore>();
        var raised = (await store.ListAlertsOfRunAsync(runId, cancellationToken)).Where(a => a.SubjectKind == SubjectKind.Partner && a.SubjectId == partner.Id).ToList();
        Assert.NotEmpty(raised);
        Assert.All(raised, alert => Assert.Equal(AlertReason.NewHit, alert.Reason));
        await PageChecks.AssertAccessibleAsync(page);

        await page.GotoAsync(server.BaseUrl + "/Alerts");
        Assert.Equal("アラート（再スクリーニング）", await page.Locator("h1").InnerTextAsync());
        foreach (var alert in raised)
        {
            var item = await page.Locator($"li[data-alert-id='{alert.Id}']").InnerTextAsync();
            Assert.Contains("新規該当候補", item, StringComparison.Ordinal);
            Assert.Contains("Northwestern Polytechnical University", item, StringComparison.Ordinal);
            Assert.Contains("連携先機関", item, StringComparison.Ordinal);
        }

        await PageChecks.AssertAccessibleAsync(page);

        var acknowledged = raised[0];
        await page.Locator($"li[data-alert-id='{acknowledged.Id}'] button:has-text('判断せずに確認済みにする')").ClickAsync();
        // The post returns to the inbox, the page already shown, so wait for the acknowledged alert to leave it.
        await page.Locator($"li[data-alert-id='{acknowledged.Id}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await page.WaitForSelectorAsync("footer.site-footer", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        Assert.Contains("/Alerts", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"li[data-alert-id='{acknowledged.Id}']").CountAsync());
        var stored = (await store.ListAlertsAsync(includeAcknowledged: true, cancellationToken)).Single(a => a.Id == acknowledged.Id);
        Assert.NotNull(stored.AcknowledgedAt);
        Assert.Equal(UiServer.OfficerEmail, stored.AcknowledgedBy);
        Assert.DoesNotContain(await store.ListAlertsAsync(includeAcknowledged: false, cancellationToken), a => a.Id == acknowledged.Id);
        foreach (var open in raised.Skip(1))
        {
            Assert.Equal(1, await page.Locator($"li[data-alert-id='{open.Id}']").CountAsync());
        }

        await page.CheckAsync("input[name=IncludeAcknowledged]");
        await page.WaitForSelectorAsync($"li[data-alert-id='{acknowledged.Id}']");
        Assert.Contains("確認済み", await page.Locator($"li[data-alert-id='{acknowledged.Id}']").InnerTextAsync(), StringComparison.Ordinal);
    }
}
