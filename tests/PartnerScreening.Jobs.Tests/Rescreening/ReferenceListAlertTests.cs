using PartnerScreening.Domain.Lists;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Jobs.Tests.Scenario;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Storage.Registry.Import;
using PartnerScreening.Storage.Rescreening;
using PartnerScreening.Testing;

namespace PartnerScreening.Jobs.Tests.Rescreening;

/// <summary>
/// Rescreens a small ledger with the METI End User List and the ASPI University Tracker in force. The ASPI tracker is
/// reference data, so its hits are stored but raise no alert.
/// </summary>
public sealed class ReferenceListAlertTests
{
    [Fact]
    public async Task Rescreen_ReferenceOnlyHit_RaisesNoAlert()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await ScenarioHost.CreateAsync();
        LedgerPartner[] ledger =
        [
            new("東北大学", "JP", null, null),
            new("Harbin Institute of Technology", "CN", null, null),
        ];
        var ledgerPath = Path.Combine(host.Directory, "連携先台帳.xlsx");
        ScenarioLedger.Write(ledgerPath, ledger);
        await using (var stream = File.OpenRead(ledgerPath))
        {
            var import = await host.Get<LedgerImporter>().ImportAsync("連携先台帳.xlsx", stream, new LedgerImportOptions(), ct);
            Assert.Empty(import.Errors);
        }

        var ingestion = host.GetScoped<ListIngestionService>();
        Assert.True((await ingestion.IngestFileAsync(SharedPaths.List("meti-eul", "20250929_4.xlsx"), ListSourceIds.MetiEndUserList, ct)).Succeeded);
        Assert.True((await ingestion.IngestFileAsync(SharedPaths.List("aspi-unitracker-misp", "china-defence-universities.json"), ListSourceIds.AspiUniTracker, ct)).Succeeded);

        var run = await host.Get<RescreenService>().RunAsync("test", ct);
        var alerts = await host.Get<RescreenStore>().ListAlertsOfRunAsync(run.RunId, ct);

        Assert.True(run.Hits > run.NewAlerts, $"{run.Hits} hits, {run.NewAlerts} alerts: the reference-only hits are expected among the hits.");
        Assert.Contains(alerts, alert => alert.Source == ListSourceIds.MetiEndUserList);
        Assert.DoesNotContain(alerts, alert => ListSourceIds.IsReferenceOnly(alert.Source));
        Assert.DoesNotContain(alerts, alert => alert.SubjectName == "東北大学");
    }
}
