using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.UiTests;

[Collection(RegistryUiCollection.Name)]
public sealed class HitDecisionUiTests(UiServer server)
{
    [Fact]
    public async Task FalsePositive_PartnerHit_SurvivesRescreen()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var partner = await RegistryUiData.AddPartnerWithLiveAgreementAsync(server, "Harbin Institute of Technology", "CN");
        var page = await server.SignedInPageAsync();

        await page.GotoAsync($"{server.BaseUrl}/Partners/Details/{partner.Id}");
        var row = page.Locator("tr.subject-hit").First;
        Assert.Contains("Harbin Institute of Technology", await row.Locator(".matched-name").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(await row.Locator(".explanation").InnerTextAsync()));
        Assert.Equal("none", await row.GetAttributeAsync("data-decision-state"));
        var sourceEntityId = await row.GetAttributeAsync("data-source-entity-id");
        await PageChecks.AssertAccessibleAsync(page);

        // A false positive without a reason is rejected and nothing is stored.
        await row.Locator("select[name=kind]").SelectOptionAsync("FalsePositive");
        await row.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync(".decision-errors");
        Assert.Contains("理由を入力してください", await page.Locator(".decision-errors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await Decisions.ListAsync(SubjectKind.Partner, partner.Id, cancellationToken));

        var decidedRow = page.Locator($"tr.subject-hit[data-source-entity-id='{sourceEntityId}']");
        await decidedRow.Locator("select[name=kind]").SelectOptionAsync("FalsePositive");
        await decidedRow.Locator("input[name=reason]").FillAsync("所在地と設立年が異なる同名の別機関");
        await decidedRow.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("p.success");

        Assert.Equal("in-force", await decidedRow.GetAttributeAsync("data-decision-state"));
        var decisionText = await decidedRow.Locator(".decision-recorded").InnerTextAsync();
        Assert.Contains("非該当（誤検知）", decisionText, StringComparison.Ordinal);
        Assert.Contains("所在地と設立年が異なる同名の別機関", decisionText, StringComparison.Ordinal);
        Assert.Contains(UiServer.OfficerEmail, decisionText, StringComparison.Ordinal);
        var decision = Assert.Single(await Decisions.ListAsync(SubjectKind.Partner, partner.Id, cancellationToken));
        Assert.Equal(DecisionKind.FalsePositive, decision.Kind);
        Assert.Equal(sourceEntityId, decision.SourceEntityId);
        await PageChecks.AssertAccessibleAsync(page);

        await page.GotoAsync(server.BaseUrl + "/Rescreen");
        await page.ClickAsync("form button[type=submit]:has-text('今すぐ再スクリーニング')");
        await PageChecks.WaitForPageAsync(page, url => url.Contains("/Rescreen/Run/", StringComparison.Ordinal));
        var runId = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

        var store = server.Factory.Services.GetRequiredService<RescreenStore>();
        var run = await store.GetRunAsync(runId, cancellationToken);
        Assert.Equal(RescreenRunStatus.Succeeded, run?.Status);
        var hit = Assert.Single(await store.ListHitsAsync(runId, cancellationToken), h => h.SubjectKind == SubjectKind.Partner && h.SubjectId == partner.Id && h.PartyKey == decision.PartyKey);
        Assert.Equal(decision.Id, hit.DecisionId);
        Assert.DoesNotContain(await store.ListAlertsOfRunAsync(runId, cancellationToken), a => a.SubjectId == partner.Id && a.PartyKey == decision.PartyKey);
        Assert.Contains("判断済み（有効）", await page.Locator($"tr[data-hit-id='{hit.Id}']").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync($"{server.BaseUrl}/Partners/Details/{partner.Id}");
        Assert.Equal("in-force", await decidedRow.GetAttributeAsync("data-decision-state"));
        Assert.Contains("非該当（誤検知）", await decidedRow.Locator(".decision-recorded").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"実行 {runId}", await page.Locator("dl.partner-fields").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.SaveScreenshotAsync(page, "partner-decision.png");

        await page.GotoAsync(server.BaseUrl + "/Partners?Search=Harbin");
        var listRow = page.Locator($"table.partners tr:has(a[href='/Partners/Details/{partner.Id}'])");
        Assert.Equal("AllDecided", await listRow.Locator(".screening-state").GetAttributeAsync("data-screening-state"));
    }

    [Fact]
    public async Task OutdatedDecision_PartnerPage_AsksAgain()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var partner = await RegistryUiData.AddPartnerWithLiveAgreementAsync(server, "Beihang University", "CN");
        var page = await server.SignedInPageAsync();
        await page.GotoAsync($"{server.BaseUrl}/Partners/Details/{partner.Id}");
        var sourceEntityId = await page.Locator("tr.subject-hit").First.GetAttributeAsync("data-source-entity-id");
        var row = page.Locator($"tr.subject-hit[data-source-entity-id='{sourceEntityId}']");
        await row.Locator("select[name=kind]").SelectOptionAsync("TrueMatch");
        await row.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("p.success");
        Assert.Equal("in-force", await row.GetAttributeAsync("data-decision-state"));
        Assert.Equal(0, await row.Locator("form.decision-form").CountAsync());

        // Make the stored decision look as if it had been taken on an earlier edition of the entry, one that had
        // an alias the current edition no longer lists.
        var contextFactory = server.Factory.Services.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>();
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var decision = await context.Set<DecisionEntity>().SingleAsync(d => d.SubjectKind == SubjectKind.Partner && d.SubjectId == partner.Id, cancellationToken);
            var current = ListedPartyContent.FromJson(decision.ContentJson)!;
            var earlier = current with { Aliases = [.. current.Aliases, "Old Beihang Alias"] };
            decision.ContentJson = earlier.ToJson();
            decision.Fingerprint = earlier.Fingerprint();
            await context.SaveChangesAsync(cancellationToken);
        }

        await page.GotoAsync($"{server.BaseUrl}/Partners/Details/{partner.Id}");
        Assert.Equal("outdated", await row.GetAttributeAsync("data-decision-state"));
        Assert.Contains("該当（真の一致）", await row.Locator(".decision-recorded").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("判断後に掲載内容が変わりました", await row.Locator(".decision-outdated").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Old Beihang Alias", await row.Locator("ul.changes").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await row.Locator("form.decision-form").CountAsync());
        await PageChecks.AssertAccessibleAsync(page);

        await page.ClickAsync(".language-switch button");
        await page.WaitForSelectorAsync("html[lang=en]");
        Assert.Equal("Current hits and decisions", await page.Locator("#hits-heading").InnerTextAsync());
        Assert.Contains("The listed entry changed after the decision", await row.Locator(".decision-outdated").InnerTextAsync(), StringComparison.Ordinal);
    }

    private DecisionService Decisions => server.Factory.Services.GetRequiredService<DecisionService>();
}
