using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnerScreening.Domain;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;
using PartnerScreening.Matching.Screening;
using PartnerScreening.Testing;

namespace PartnerScreening.Matching.Tests.Index;

// Builds real indexes of the METI End User List (parsed by the real parser) in a temporary data directory.
public sealed class NameIndexStoreTests : IDisposable
{
    private readonly TempDirectory root = new();
    private readonly DataDirectory dataDirectory;

    public NameIndexStoreTests()
    {
        dataDirectory = new DataDirectory(root.Path).EnsureCreated();
    }

    public void Dispose() => root.Dispose();

    [Fact]
    public async Task RebuildAsync_Twice_SwapsPointerAndKeepsPrevious()
    {
        using var holder = new NameIndexHolder(TimeProvider.System);
        var store = CreateStore(holder);

        var first = await store.RebuildAsync(RealLists.MetiEndUserList(), CancellationToken.None);
        var second = await store.RebuildAsync(RealLists.MetiEndUserList(), CancellationToken.None);

        Assert.Equal(Path.GetFileName(second.Path), File.ReadAllText(Path.Combine(dataDirectory.IndexRoot, "current")));
        Assert.Equal(Path.GetFileName(first.Path), File.ReadAllText(Path.Combine(dataDirectory.IndexRoot, "previous")));
        Assert.True(Directory.Exists(first.Path));
        Assert.Same(second, holder.Current);
    }

    [Fact]
    public async Task RebuildAsync_ThirdBuild_DeletesOldestAndPartialVersions()
    {
        using var holder = new NameIndexHolder(TimeProvider.System);
        var store = CreateStore(holder);
        var partial = Directory.CreateDirectory(Path.Combine(dataDirectory.IndexRoot, "v-partial")).FullName;

        var first = await store.RebuildAsync(RealLists.MetiEndUserList(), CancellationToken.None);
        await store.RebuildAsync(RealLists.MetiEndUserList(), CancellationToken.None);
        await store.RebuildAsync(RealLists.MetiEndUserList(), CancellationToken.None);

        Assert.False(Directory.Exists(partial));
        Assert.False(Directory.Exists(first.Path));
        Assert.Equal(2, Directory.GetDirectories(dataDirectory.IndexRoot).Length);
    }

    [Fact]
    public async Task RefreshAsync_VersionBuiltByOtherProcess_OpensIt()
    {
        // Two stores with their own holders on one data directory stand for the service and an 'ingest' run
        // from the command line.
        using var serviceHolder = new NameIndexHolder(TimeProvider.System);
        using var commandLineHolder = new NameIndexHolder(TimeProvider.System);
        var service = CreateStore(serviceHolder);
        var commandLine = CreateStore(commandLineHolder);
        var first = await service.RebuildAsync(RealLists.MetiEndUserList(), CancellationToken.None);

        var second = await commandLine.RebuildAsync(RealLists.MetiEndUserList(), CancellationToken.None);
        var opened = await service.RefreshAsync(CancellationToken.None);
        var openedAgain = await service.RefreshAsync(CancellationToken.None);

        Assert.NotEqual(first.Path, second.Path);
        Assert.True(opened);
        Assert.Equal(second.Path, serviceHolder.Current?.Path);
        Assert.False(openedAgain);
    }

    [Fact]
    public async Task TryOpenCurrent_AfterRestart_ScreensWithStoredIndex()
    {
        using (var holder = new NameIndexHolder(TimeProvider.System))
        {
            await CreateStore(holder).RebuildAsync(RealLists.MetiEndUserList(), CancellationToken.None);
        }

        using var restarted = new NameIndexHolder(TimeProvider.System);
        var opened = CreateStore(restarted).TryOpenCurrent();
        var result = CreateScreener(restarted).Screen(new ScreeningQuery { Name = "Harbin Institute of Technology" });

        Assert.True(opened);
        var hit = result.Groups[0].Hits[0];
        Assert.Equal("meti-eul", hit.Source);
        Assert.StartsWith("Harbin Institute of Technology", hit.Name, StringComparison.Ordinal);
    }

    // An upgrade that changes how names are normalised must not search an index whose names it would map to the
    // wrong documents: opening refuses it, and the opener rebuilds it from the snapshots in force.
    [Fact]
    public async Task OpenOrRebuild_WrittenByOtherMatcherBuild_RebuildsFromSnapshots()
    {
        var oldPath = await BuildAndCloseAsync();
        EditVersion(oldPath, NameIndexBuilder.MatcherStamp, "an-older-build");

        using var restarted = new NameIndexHolder(TimeProvider.System);
        var refused = Assert.Throws<InvalidDataException>(() => CreateStore(restarted).TryOpenCurrent());
        var opened = await CreateOpener(restarted, RealLists.MetiEndUserList()).OpenOrRebuildAsync(CancellationToken.None);

        Assert.Contains("an-older-build", refused.Message, StringComparison.Ordinal);
        Assert.True(opened);
        Assert.NotEqual(oldPath, restarted.Current?.Path);
        Assert.Equal(NameIndexBuilder.MatcherStamp, restarted.Current?.Version.Matcher);
        Assert.Equal(Path.GetFileName(restarted.Current!.Path), File.ReadAllText(Path.Combine(dataDirectory.IndexRoot, "current")));
        Assert.StartsWith("Harbin Institute of Technology", CreateScreener(restarted).Screen(new ScreeningQuery { Name = "Harbin Institute of Technology" }).Groups[0].Hits[0].Name, StringComparison.Ordinal);
    }

    // A stored parties file cut short, edited or missing is reported, never searched with fewer parties.
    [Theory]
    [InlineData("truncated")]
    [InlineData("edited")]
    [InlineData("missing")]
    [InlineData("bad-version")]
    public async Task TryOpenCurrent_DamagedVersion_ThrowsInvalidData(string damage)
    {
        var path = await BuildAndCloseAsync();
        var parties = Path.Combine(path, "parties.jsonl");
        switch (damage)
        {
            case "truncated":
                File.WriteAllLines(parties, File.ReadLines(parties).Take(100).ToList());
                break;
            case "edited":
                File.WriteAllText(parties, File.ReadAllText(parties).Replace("Harbin", "Harbon", StringComparison.Ordinal));
                break;
            case "missing":
                File.Delete(parties);
                break;
            default:
                File.WriteAllText(Path.Combine(path, "version.json"), "{\"id\":");
                break;
        }

        using var holder = new NameIndexHolder(TimeProvider.System);
        var exception = Assert.Throws<InvalidDataException>(() => CreateStore(holder).TryOpenCurrent());

        Assert.Null(holder.Current);
        Assert.Contains(damage == "bad-version" ? "version.json" : "parties.jsonl", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenOrRebuild_TruncatedParties_RebuildsWithEveryParty()
    {
        var path = await BuildAndCloseAsync();
        var parties = Path.Combine(path, "parties.jsonl");
        File.WriteAllLines(parties, File.ReadLines(parties).Take(100).ToList());

        using var holder = new NameIndexHolder(TimeProvider.System);
        var opened = await CreateOpener(holder, RealLists.MetiEndUserList()).OpenOrRebuildAsync(CancellationToken.None);

        Assert.True(opened);
        Assert.Equal(RealLists.MetiEndUserList().Count, holder.Current?.Parties.Count);
    }

    // No index yet: the first ingest builds it, so opening does not race it with a build of its own.
    [Fact]
    public async Task OpenOrRebuild_NoIndexYet_ReturnsFalseWithoutBuilding()
    {
        using var holder = new NameIndexHolder(TimeProvider.System);

        var opened = await CreateOpener(holder, RealLists.MetiEndUserList()).OpenOrRebuildAsync(CancellationToken.None);

        Assert.False(opened);
        Assert.Null(holder.Current);
    }

    [Fact]
    public async Task OpenOrRebuild_DamagedIndexAndNoSnapshots_ReturnsFalse()
    {
        var path = await BuildAndCloseAsync();
        File.Delete(Path.Combine(path, "parties.jsonl"));
        using var holder = new NameIndexHolder(TimeProvider.System);

        var opened = await CreateOpener(holder, []).OpenOrRebuildAsync(CancellationToken.None);

        Assert.False(opened);
        Assert.Null(holder.Current);
    }

    [Fact]
    public void TryOpenCurrent_NoIndex_ReturnsFalse()
    {
        using var holder = new NameIndexHolder(TimeProvider.System);

        Assert.False(CreateStore(holder).TryOpenCurrent());
        Assert.Null(holder.Current);
    }

    [Fact]
    public void Screen_NoIndex_ThrowsIndexNotReady()
    {
        using var holder = new NameIndexHolder(TimeProvider.System);

        Assert.Throws<IndexNotReadyException>(() => CreateScreener(holder).Screen(new ScreeningQuery { Name = "KOMID" }));
    }

    [Fact]
    public void Build_CancelledBuild_LeavesNoDirectory()
    {
        var builder = new NameIndexBuilder(NameNormalizer.Shared, TimeProvider.System);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => builder.Build(dataDirectory.IndexRoot, RealLists.MetiEndUserList(), cancellation.Token));
        Assert.Empty(Directory.GetDirectories(dataDirectory.IndexRoot));
    }

    private async Task<string> BuildAndCloseAsync()
    {
        using var holder = new NameIndexHolder(TimeProvider.System);
        return (await CreateStore(holder).RebuildAsync(RealLists.MetiEndUserList(), CancellationToken.None)).Path;
    }

    private static void EditVersion(string path, string oldValue, string newValue)
    {
        var versionFile = Path.Combine(path, "version.json");
        File.WriteAllText(versionFile, File.ReadAllText(versionFile).Replace(oldValue, newValue, StringComparison.Ordinal));
    }

    private IndexOpener CreateOpener(NameIndexHolder holder, IReadOnlyList<IndexedParty> parties) =>
        new(CreateStore(holder), new SnapshotsInForce(parties), NullLogger<IndexOpener>.Instance);

    private NameIndexStore CreateStore(NameIndexHolder holder) =>
        new(dataDirectory, new NameIndexBuilder(NameNormalizer.Shared, TimeProvider.System), NameNormalizer.Shared, holder, NullLogger<NameIndexStore>.Instance);

    private static NameScreener CreateScreener(NameIndexHolder holder) =>
        new(holder, NameNormalizer.Shared, new OptionsMonitor(new MatchingOptions()));

    private sealed class OptionsMonitor(MatchingOptions value) : IOptionsMonitor<MatchingOptions>
    {
        public MatchingOptions CurrentValue => value;

        public MatchingOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<MatchingOptions, string?> listener) => null;
    }

    /// <summary>The snapshots in force as the database would return them: one per source of the given parties.</summary>
    private sealed class SnapshotsInForce(IReadOnlyList<IndexedParty> parties) : Domain.Lists.IListSnapshotStore
    {
        public Task<IReadOnlyList<Domain.Lists.ListSnapshot>> GetAllInForceAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Domain.Lists.ListSnapshot>>([.. parties.Select(party => party.SnapshotId).Distinct().Select(id => new Domain.Lists.ListSnapshot
            {
                Id = id,
                Source = id,
                Sha256 = "",
                FetchedAt = DateTimeOffset.UnixEpoch,
                RecordCount = parties.Count(party => party.SnapshotId == id),
                ParserVersion = "test",
            })]);

        public Task<IReadOnlyList<Domain.Lists.ListedParty>> GetPartiesAsync(string snapshotId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Domain.Lists.ListedParty>>([.. parties.Where(party => party.SnapshotId == snapshotId).Select(party => party.Party)]);

        public Task<Domain.Lists.ListSnapshot?> GetInForceAsync(string source, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Domain.Lists.ListSnapshot>> GetHistoryAsync(string source, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Domain.Lists.ListedParty?> GetPartyAsync(string snapshotId, string sourceEntityId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task AddInForceAsync(Domain.Lists.ListSnapshot snapshot, IReadOnlyList<Domain.Lists.ListedParty> parties, Domain.Lists.ListDiff diff, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Domain.Lists.ListDiff?> GetLastDiffAsync(string source, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task RecordAttemptAsync(Domain.Lists.IngestAttempt attempt, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Domain.Lists.IngestAttempt?> GetLastAttemptAsync(string source, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
