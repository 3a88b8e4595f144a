using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Lists;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Storage.Registry.Import;
using PartnerScreening.Storage.Rescreening;
using PartnerScreening.Testing;

namespace PartnerScreening.Jobs.Tests.Scenario;

/// <summary>
/// The whole nightly story on real data: a ledger of real universities and METI-listed institutions is imported,
/// rescreened with the 2025-01-31 METI edition (PDF, 748 entries) in force, a false positive is decided, then the
/// 2025-09-29 edition (Excel, 835 entries) comes into force and the registry is rescreened again.
/// </summary>
public sealed class RescreenScenarioTests
{
    private static readonly string OldEdition = SharedPaths.List("meti-eul", "20250131003-1.pdf");
    private static readonly string NewEdition = SharedPaths.List("meti-eul", "20250929_4.xlsx");

    [Fact]
    public async Task Rescreen_NewMetiEdition_AlertsOnlyNewAndChangedEntries()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await ScenarioHost.CreateAsync();

        // The two editions, parsed by the real parsers, tell which entries are new, changed or unchanged.
        var oldParties = Parse(host, OldEdition);
        var newParties = Parse(host, NewEdition);
        Assert.Equal(748, oldParties.Count);
        Assert.Equal(835, newParties.Count);
        var oldByKey = ByKey(oldParties);
        var newByKey = ByKey(newParties);
        var unchanged = Pick(newParties, p => oldByKey.TryGetValue(ListedPartyKey.For(p), out var old) && Fingerprint(old) == Fingerprint(p), 4);
        var changed = Pick(newParties, p => oldByKey.TryGetValue(ListedPartyKey.For(p), out var old) && Fingerprint(old) != Fingerprint(p), 3);
        var added = Pick(newParties, p => !oldByKey.ContainsKey(ListedPartyKey.For(p)), 3);
        var listed = unchanged.Concat(changed).Concat(added)
            .Select(p => new LedgerPartner(ScenarioLedger.EnglishName(p), p.Countries.FirstOrDefault()?.Code, null, p))
            .ToList();

        // Import a ledger of at least 50 partners, every one with a live agreement.
        var ledger = ScenarioLedger.Universities(45).Concat(listed).ToList();
        var ledgerPath = Path.Combine(host.Directory, "連携先台帳.xlsx");
        ScenarioLedger.Write(ledgerPath, ledger);
        await using (var stream = File.OpenRead(ledgerPath))
        {
            var import = await host.Get<LedgerImporter>().ImportAsync("連携先台帳.xlsx", stream, new LedgerImportOptions(), ct);
            Assert.Empty(import.Errors);
            Assert.True(import.Applied);
            Assert.Equal(ledger.Count, import.PartnersCreated);
        }

        Assert.True(ledger.Count >= 50);

        // First run with the older edition in force: every hit is new.
        await IngestAsync(host, OldEdition);
        var store = host.Get<RescreenStore>();
        var first = await host.Get<RescreenService>().RunAsync("test", ct);
        Assert.Equal(RescreenRunStatus.Succeeded, first.Status);
        Assert.Equal(ledger.Count, first.Subjects);
        var firstHits = await store.ListHitsAsync(first.RunId, ct);
        Assert.Equal(first.Hits, first.NewAlerts);
        foreach (var partner in listed.Where(p => oldByKey.ContainsKey(ListedPartyKey.For(p.MetiEntry!))))
        {
            Assert.Contains(firstHits, h => h.SubjectName == partner.Name && h.PartyKey == ListedPartyKey.For(partner.MetiEntry!));
        }

        // The officer decides that one hit on an unchanged entry is a false positive.
        var decidedKey = ListedPartyKey.For(unchanged[0]);
        var decidedHit = firstHits.First(h => h.PartyKey == decidedKey);
        await host.Get<DecisionService>().RecordAsync(new DecisionRequest
        {
            SubjectKind = decidedHit.SubjectKind,
            SubjectId = decidedHit.SubjectId,
            SnapshotId = decidedHit.SnapshotId,
            SourceEntityId = decidedHit.SourceEntityId,
            Kind = DecisionKind.FalsePositive,
            Reason = "Different institution: the scenario treats this hit as a false positive.",
            DecidedBy = "officer@example.ac.jp",
        }, ct);

        // Second run with the newer edition in force.
        await IngestAsync(host, NewEdition);
        var second = await host.Get<RescreenService>().RunAsync("test", ct);
        Assert.Equal(RescreenRunStatus.Succeeded, second.Status);
        var secondHits = await store.ListHitsAsync(second.RunId, ct);
        var secondAlerts = await store.ListAlertsOfRunAsync(second.RunId, ct);
        var firstPairs = firstHits.ToDictionary(h => (h.SubjectId, h.PartyKey));

        // Newly listed partners raise a new-hit alert on their entry; changed entries raise a change alert naming the change.
        foreach (var party in added)
        {
            Assert.Contains(secondAlerts, a => a.PartyKey == ListedPartyKey.For(party) && a.Reason == AlertReason.NewHit);
        }

        foreach (var party in changed)
        {
            var alert = Assert.Single(secondAlerts, a => a.PartyKey == ListedPartyKey.For(party) && a.SubjectName == ScenarioLedger.EnglishName(party));
            Assert.Equal(AlertReason.ListedPartyChanged, alert.Reason);
            Assert.False(string.IsNullOrWhiteSpace(alert.Changes));
        }

        // The decided hit is still found, carries the decision and raises nothing.
        var decidedAgain = Assert.Single(secondHits, h => h.SubjectId == decidedHit.SubjectId && h.PartyKey == decidedKey);
        Assert.NotNull(decidedAgain.DecisionId);
        Assert.DoesNotContain(secondAlerts, a => a.SubjectId == decidedHit.SubjectId && a.PartyKey == decidedKey);
        Assert.Equal(1, second.DecidedHits);

        // No alert for a hit seen before on an unchanged entry whose score did not cross the alert threshold.
        foreach (var hit in secondHits)
        {
            var seenBefore = firstPairs.TryGetValue((hit.SubjectId, hit.PartyKey), out var before);
            var entryChanged = !oldByKey.TryGetValue(hit.PartyKey, out var oldParty) || Fingerprint(oldParty) != hit.Fingerprint;
            var crossed = seenBefore && before!.Score < 85 && hit.Score >= 85;
            var alerted = secondAlerts.Any(a => a.SubjectId == hit.SubjectId && a.PartyKey == hit.PartyKey);
            var expected = hit.DecisionId is null && (!seenBefore || entryChanged || crossed);
            Assert.True(expected == alerted, $"{hit.SubjectName} ↔ {hit.ListedName}: alert expected {expected}, raised {alerted} (seen before {seenBefore}, entry changed {entryChanged}, crossed {crossed})");
        }

        Assert.Equal(secondAlerts.Count, second.NewAlerts);
        Assert.True(newByKey.Count > 0);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"run 1: {first.Hits} hits, {first.NewAlerts} alerts; run 2: {second.Hits} hits, {second.NewAlerts} alerts "
            + $"({string.Join(", ", secondAlerts.GroupBy(a => a.Reason).Select(g => $"{g.Key} {g.Count()}"))}), {second.DecidedHits} decided");
    }

    private static IReadOnlyList<ListedParty> Parse(ScenarioHost host, string path)
    {
        var bytes = File.ReadAllBytes(path);
        var fileName = Path.GetFileName(path);
        var parser = host.Services.GetServices<IListParser>()
            .Single(p => p.Source == ListSourceIds.MetiEndUserList && p.CanParse(fileName, bytes.AsSpan(0, Math.Min(bytes.Length, 1024))));
        return parser.Parse(new ListFileSet(fileName, bytes), TestContext.Current.CancellationToken).Parties;
    }

    private static async Task IngestAsync(ScenarioHost host, string path)
    {
        var result = await host.GetScoped<ListIngestionService>().IngestFileAsync(path, ListSourceIds.MetiEndUserList, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join("; ", result.Sources.Select(s => s.Attempt.Message)));
        Assert.Single(result.Accepted);
    }

    private static Dictionary<string, ListedParty> ByKey(IReadOnlyList<ListedParty> parties)
    {
        var byKey = new Dictionary<string, ListedParty>(StringComparer.Ordinal);
        foreach (var party in parties)
        {
            byKey.TryAdd(ListedPartyKey.For(party), party);
        }

        return byKey;
    }

    private static string Fingerprint(ListedParty party) => ListedPartyContent.From(party).Fingerprint();

    /// <summary>Picks organisations with a distinctive institutional English name, universities and institutes first.</summary>
    private static List<ListedParty> Pick(IReadOnlyList<ListedParty> parties, Func<ListedParty, bool> predicate, int count) =>
        parties
            .Where(p => p.Kind != PartyKind.Person && p.Countries.Count > 0 && p.Countries[0].Code is not null)
            .Where(p => ScenarioLedger.EnglishName(p).Length >= 12)
            .Where(predicate)
            .OrderByDescending(p => ScenarioLedger.EnglishName(p).Contains("University", StringComparison.Ordinal)
                || ScenarioLedger.EnglishName(p).Contains("Institute", StringComparison.Ordinal))
            .ThenBy(p => int.TryParse(p.SourceEntityId, out var number) ? number : int.MaxValue)
            .DistinctBy(p => ScenarioLedger.EnglishName(p))
            .Take(count)
            .ToList();
}
