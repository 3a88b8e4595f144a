using Microsoft.EntityFrameworkCore;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Jobs.Tests.Scenario;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Rescreening;
using PartnerScreening.Testing;

namespace PartnerScreening.Jobs.Tests.Rescreening;

/// <summary>
/// A rescreen whose database write fails half-way, on the real SQLite database: a trigger aborts the insert of the
/// failing run's first hit, after the run has screened every subject and begun its transaction.
/// </summary>
public sealed class RescreenFailureTests
{
    private const string WriteFailure = "simulated write failure";

    [Fact]
    public async Task Rescreen_WriteFailsHalfway_KeepsPreviousRun()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await ScenarioHost.CreateAsync();
        await AddPartnerWithAgreementAsync(host, "Harbin Institute of Technology");
        var ingest = await host.GetScoped<ListIngestionService>().IngestFileAsync(
            SharedPaths.List("meti-eul", "20250929_4.xlsx"), ListSourceIds.MetiEndUserList, ct);
        Assert.True(ingest.Succeeded);
        var service = host.Get<RescreenService>();
        var store = host.Get<RescreenStore>();
        var first = await service.RunAsync("test", ct);
        Assert.Equal(RescreenRunStatus.Succeeded, first.Status);
        Assert.True(first.NewAlerts > 0, "The listed partner raised no alert.");
        var firstHits = await store.ListHitsAsync(first.RunId, ct);
        var inboxBefore = await store.ListAlertsAsync(includeAcknowledged: false, ct);

        // A second partner on the list would raise a new alert, but the write of the run fails.
        await AddPartnerWithAgreementAsync(host, "Harbin Institute of Technology (Weihai)");
        await ExecuteSqlAsync(host, $"""
            CREATE TRIGGER fail_second_run BEFORE INSERT ON RescreenHits
            WHEN NEW.RunId <> {first.RunId}
            BEGIN SELECT RAISE(ABORT, '{WriteFailure}'); END;
            """);
        var failed = await service.RunAsync("test", ct);

        Assert.Equal(RescreenRunStatus.Failed, failed.Status);
        Assert.Contains(WriteFailure, failed.Error, StringComparison.Ordinal);
        Assert.StartsWith("Storing the run's", failed.Error, StringComparison.Ordinal);
        var failedRun = await store.GetRunAsync(failed.RunId, ct);
        Assert.NotNull(failedRun);
        Assert.Equal(RescreenRunStatus.Failed, failedRun.Status);
        Assert.Contains(WriteFailure, failedRun.Error, StringComparison.Ordinal);
        Assert.NotNull(failedRun.FinishedAt);
        Assert.Empty(await store.ListHitsAsync(failed.RunId, ct));
        Assert.Empty(await store.ListAlertsOfRunAsync(failed.RunId, ct));
        Assert.Equal(firstHits.Select(h => h.Id), (await store.ListHitsAsync(first.RunId, ct)).Select(h => h.Id));
        Assert.Equal(inboxBefore.Select(a => a.Id), (await store.ListAlertsAsync(includeAcknowledged: false, ct)).Select(a => a.Id));
        var previous = await store.GetPreviousHitsAsync(ct);
        Assert.All(previous.Values, hit => Assert.Equal(first.RunId, hit.RunId));

        // Once the database accepts writes again, the next run compares with the first run and alerts only on the new partner.
        await ExecuteSqlAsync(host, "DROP TRIGGER fail_second_run;");
        var next = await service.RunAsync("test", ct);

        Assert.Equal(RescreenRunStatus.Succeeded, next.Status);
        var nextAlerts = await store.ListAlertsOfRunAsync(next.RunId, ct);
        Assert.NotEmpty(nextAlerts);
        Assert.All(nextAlerts, alert => Assert.Equal("Harbin Institute of Technology (Weihai)", alert.SubjectName));
    }

    private static async Task AddPartnerWithAgreementAsync(ScenarioHost host, string name)
    {
        var ct = TestContext.Current.CancellationToken;
        var registry = host.Get<RegistryStore>();
        var partner = await registry.CreatePartnerAsync(new Partner { Names = [new PartnerName(name, "en")], Country = "CN", Type = PartnerType.University }, ct);
        await registry.CreateAgreementAsync(new Agreement { PartnerId = partner.Id, Kind = AgreementKind.Mou, Status = AgreementStatus.Active }, ct);
    }

    private static async Task ExecuteSqlAsync(ScenarioHost host, string sql)
    {
        var factory = host.Get<IDbContextFactory<PartnerScreeningDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        await context.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }
}
