using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Lists.Tests.Fixtures;

namespace PartnerScreening.Lists.Tests.Ingestion;

// These tests run the real ingest pipeline (raw store, gate, diff, SQLite store) with a one-line-per-party
// test format, so each gate rule can be exercised with files of exactly the size it needs.
public sealed class ListIngestionServiceTests
{
    private const string Source = "test-list";

    [Fact]
    public async Task IngestFileAsync_FirstFile_AcceptsAndStoresParties()
    {
        await using var host = await CreateHostAsync();
        var path = host.WriteFile("list.txt", LineListParser.FileText(10));

        var run = await host.CreateIngestion().IngestFileAsync(path, Source, TestContext.Current.CancellationToken);

        var result = Assert.Single(run.Sources);
        Assert.Equal(IngestOutcome.Accepted, result.Outcome);
        var inForce = await host.Store.GetInForceAsync(Source, TestContext.Current.CancellationToken);
        Assert.NotNull(inForce);
        Assert.Equal(10, inForce.RecordCount);
        Assert.Equal(Path.GetFullPath(path), inForce.Origin);
        Assert.Equal("test-1", inForce.ParserVersion);
        Assert.StartsWith("test-list-20261204023000-", inForce.Id, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(host.DataDirectory.RawListsRoot, inForce.Sha256[..2], inForce.Sha256 + ".bin")));
        var parties = await host.Store.GetPartiesAsync(inForce.Id, TestContext.Current.CancellationToken);
        Assert.Equal(10, parties.Count);
        Assert.Equal("Party 3", parties[2].PrimaryName);
        Assert.Equal("JP", parties[2].Countries[0].Code);
    }

    [Fact]
    public async Task IngestFileAsync_EmptyFile_RejectedAndPreviousStays()
    {
        await using var host = await CreateHostAsync();
        var previous = await AcceptFirstAsync(host, 10);
        var path = host.WriteFile("empty.txt", LineListParser.FileText(0));

        var run = await host.CreateIngestion().IngestFileAsync(path, Source, TestContext.Current.CancellationToken);

        await AssertRejectedAsync(host, run, previous, "no records");
    }

    [Fact]
    public async Task IngestFileAsync_UnderEightyPercent_RejectedAndPreviousStays()
    {
        await using var host = await CreateHostAsync();
        var previous = await AcceptFirstAsync(host, 10);
        var path = host.WriteFile("short.txt", LineListParser.FileText(7));

        var run = await host.CreateIngestion().IngestFileAsync(path, Source, TestContext.Current.CancellationToken);

        await AssertRejectedAsync(host, run, previous, "under 80 %");
        var attempt = await host.Store.GetLastAttemptAsync(Source, TestContext.Current.CancellationToken);
        Assert.Equal(7, attempt!.RecordCount);
    }

    [Fact]
    public async Task IngestFileAsync_EightyPercent_Accepted()
    {
        await using var host = await CreateHostAsync();
        await AcceptFirstAsync(host, 10);
        host.Time.Advance(TimeSpan.FromDays(1));
        var path = host.WriteFile("shorter.txt", LineListParser.FileText(8));

        var run = await host.CreateIngestion().IngestFileAsync(path, Source, TestContext.Current.CancellationToken);

        Assert.Equal(IngestOutcome.Accepted, Assert.Single(run.Sources).Outcome);
        Assert.Equal(2, Assert.Single(run.Sources).Diff!.Removed.Count);
    }

    [Fact]
    public async Task IngestFileAsync_ConfiguredLowerRatio_AcceptsSmallerFile()
    {
        await using var host = await CreateHostAsync(new Dictionary<string, string?>
        {
            [$"Lists:Sources:{Source}:Enabled"] = "false",
            [$"Lists:Sources:{Source}:MinimumRecordRatio"] = "0.5",
        });
        await AcceptFirstAsync(host, 10);
        var path = host.WriteFile("half.txt", LineListParser.FileText(5));

        var run = await host.CreateIngestion().IngestFileAsync(path, Source, TestContext.Current.CancellationToken);

        Assert.Equal(IngestOutcome.Accepted, Assert.Single(run.Sources).Outcome);
    }

    [Fact]
    public async Task IngestFileAsync_ParseFailure_RejectedAndPreviousStays()
    {
        await using var host = await CreateHostAsync();
        var previous = await AcceptFirstAsync(host, 10);
        var path = host.WriteFile("broken.txt", "this is not the list format\np1|x");

        var run = await host.CreateIngestion().IngestFileAsync(path, Source, TestContext.Current.CancellationToken);

        await AssertRejectedAsync(host, run, previous, "could not be read");
    }

    [Fact]
    public async Task IngestFileAsync_HtmlPage_RejectedBeforeParsing()
    {
        await using var host = await CreateHostAsync();
        var previous = await AcceptFirstAsync(host, 10);
        var path = host.WriteFile("list.txt", "<!DOCTYPE html><html><body>503 Service Unavailable</body></html>");

        var run = await host.CreateIngestion().IngestFileAsync(path, Source, TestContext.Current.CancellationToken);

        await AssertRejectedAsync(host, run, previous, "HTML page");
    }

    [Fact]
    public async Task IngestFileAsync_SameFileAgain_Unchanged()
    {
        await using var host = await CreateHostAsync();
        var previous = await AcceptFirstAsync(host, 10);
        host.Time.Advance(TimeSpan.FromHours(1));

        var run = await host.CreateIngestion().IngestFileAsync(previous.Origin!, Source, TestContext.Current.CancellationToken);

        var result = Assert.Single(run.Sources);
        Assert.Equal(IngestOutcome.Unchanged, result.Outcome);
        Assert.Equal(previous.Id, result.Attempt.SnapshotId);
        Assert.Single(await host.Store.GetHistoryAsync(Source, TestContext.Current.CancellationToken));
        Assert.Single(host.Handler.Calls);
    }

    [Fact]
    public async Task IngestFileAsync_ChangedFile_SupersedesAndStoresDiff()
    {
        await using var host = await CreateHostAsync();
        var previous = await AcceptFirstAsync(host, 10);
        host.Time.Advance(TimeSpan.FromDays(1));
        var path = host.WriteFile("next.txt", LineListParser.FileText(11, n => n == 2 ? "Party Two Renamed" : $"Party {n}"));

        var run = await host.CreateIngestion().IngestFileAsync(path, Source, TestContext.Current.CancellationToken);

        var result = Assert.Single(run.Sources);
        Assert.Equal(IngestOutcome.Accepted, result.Outcome);
        var history = await host.Store.GetHistoryAsync(Source, TestContext.Current.CancellationToken);
        Assert.Equal([SnapshotStatus.InForce, SnapshotStatus.Superseded], history.Select(snapshot => snapshot.Status));
        var diff = await host.Store.GetLastDiffAsync(Source, TestContext.Current.CancellationToken);
        Assert.NotNull(diff);
        Assert.Equal(previous.Id, diff.PreviousSnapshotId);
        Assert.Equal([new ListDiffEntry("p11", "Party 11")], diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Equal("p2", Assert.Single(diff.Changed).SourceEntityId);
    }

    [Fact]
    public async Task IngestFileAsync_Accepted_CallsHandlersOnceWithSnapshot()
    {
        await using var host = await CreateHostAsync();

        var snapshot = await AcceptFirstAsync(host, 3);

        var call = Assert.Single(host.Handler.Calls);
        Assert.Equal(snapshot.Id, Assert.Single(call).Id);
    }

    [Fact]
    public async Task IngestFileAsync_Rejected_DoesNotCallHandlers()
    {
        await using var host = await CreateHostAsync();
        var path = host.WriteFile("empty.txt", LineListParser.FileText(0));

        await host.CreateIngestion().IngestFileAsync(path, Source, TestContext.Current.CancellationToken);

        Assert.Empty(host.Handler.Calls);
    }

    [Fact]
    public async Task IngestFileAsync_NoSourceGiven_ToldFromParser()
    {
        await using var host = await CreateHostAsync();
        var path = host.WriteFile("list.txt", LineListParser.FileText(2));

        var run = await host.CreateIngestion().IngestFileAsync(path, null, TestContext.Current.CancellationToken);

        Assert.Equal(Source, Assert.Single(run.Sources).Source);
    }

    [Fact]
    public async Task IngestFileAsync_UnknownFormat_ThrowsNamingFile()
    {
        await using var host = await CreateHostAsync();
        var path = host.WriteFile("list.docx", "PK");

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            () => host.CreateIngestion().IngestFileAsync(path, null, TestContext.Current.CancellationToken));

        Assert.Contains("'list.docx'", exception.Message);
        Assert.Contains("--source", exception.Message);
    }

    [Fact]
    public async Task IngestFileAsync_CompanionFiles_ReachParserFromAnyFileOfSet()
    {
        var parser = new CompanionRecordingParser();
        await using var host = await ListsTestHost.CreateAsync(
            [parser],
            new Dictionary<string, string?>
            {
                ["Lists:Sources:test-set:Enabled"] = "false",
                ["Lists:Sources:test-set:Downloads:0:Url"] = "https://example.test/SDN.CSV",
                ["Lists:Sources:test-set:Downloads:0:FileName"] = "sdn.csv",
                ["Lists:Sources:test-set:Downloads:1:Url"] = "https://example.test/ADD.CSV",
                ["Lists:Sources:test-set:Downloads:1:FileName"] = "add.csv",
            });
        host.WriteFile("SDN.CSV", "1,A");
        var companion = host.WriteFile("add.csv", "1,Tokyo");

        var run = await host.CreateIngestion().IngestFileAsync(companion, null, TestContext.Current.CancellationToken);

        Assert.Equal(IngestOutcome.Accepted, Assert.Single(run.Sources).Outcome);
        Assert.Equal("SDN.CSV", parser.LastFiles!.FileName);
        Assert.Equal(["add.csv"], parser.LastFiles.Companions.Keys);
    }

    private static Task<ListsTestHost> CreateHostAsync(IDictionary<string, string?>? settings = null) =>
        ListsTestHost.CreateAsync([new LineListParser(Source)], settings);

    private static async Task<ListSnapshot> AcceptFirstAsync(ListsTestHost host, int count)
    {
        var path = host.WriteFile("first.txt", LineListParser.FileText(count));
        var run = await host.CreateIngestion().IngestFileAsync(path, Source, TestContext.Current.CancellationToken);
        Assert.Equal(IngestOutcome.Accepted, Assert.Single(run.Sources).Outcome);
        host.Time.Advance(TimeSpan.FromDays(1));
        return (await host.Store.GetInForceAsync(Source, TestContext.Current.CancellationToken))!;
    }

    private static async Task AssertRejectedAsync(ListsTestHost host, IngestRunResult run, ListSnapshot previous, string reasonPart)
    {
        var result = Assert.Single(run.Sources);
        Assert.Equal(IngestOutcome.Rejected, result.Outcome);
        Assert.Contains(reasonPart, result.Attempt.Message, StringComparison.Ordinal);
        Assert.Contains(Source, result.Attempt.Message, StringComparison.Ordinal);
        Assert.Equal(previous.Id, result.Attempt.SnapshotId);

        var inForce = await host.Store.GetInForceAsync(Source, TestContext.Current.CancellationToken);
        Assert.Equal(previous.Id, inForce!.Id);
        var attempt = await host.Store.GetLastAttemptAsync(Source, TestContext.Current.CancellationToken);
        Assert.Equal(IngestOutcome.Rejected, attempt!.Outcome);
        Assert.Equal(result.Attempt.Message, attempt.Message);
        Assert.Single(host.Handler.Calls);
    }

    private sealed class CompanionRecordingParser : IListParser
    {
        public ListFileSet? LastFiles { get; private set; }

        public string Source => "test-set";

        public string Version => "1";

        public bool CanParse(string fileName, ReadOnlySpan<byte> head) => fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

        public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken)
        {
            LastFiles = files;
            return new ParsedList([new ListedParty { Source = Source, SourceEntityId = "1", PrimaryName = "A" }]);
        }
    }
}
