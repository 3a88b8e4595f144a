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
    // wrong documents: the version is rebuilt from its stored parties and becomes current.
    [Fact]
    public async Task TryOpenCurrent_WrittenByOtherMatcherBuild_RebuildsFromStoredParties()
    {
        string oldPath;
        using (var holder = new NameIndexHolder(TimeProvider.System))
        {
            oldPath = (await CreateStore(holder).RebuildAsync(RealLists.MetiEndUserList(), CancellationToken.None)).Path;
        }

        var versionFile = Path.Combine(oldPath, "version.json");
        File.WriteAllText(versionFile, File.ReadAllText(versionFile).Replace(NameIndexBuilder.MatcherStamp, "an-older-build", StringComparison.Ordinal));

        using var restarted = new NameIndexHolder(TimeProvider.System);
        var opened = CreateStore(restarted).TryOpenCurrent();
        var result = CreateScreener(restarted).Screen(new ScreeningQuery { Name = "Harbin Institute of Technology" });

        Assert.True(opened);
        Assert.NotEqual(oldPath, restarted.Current?.Path);
        Assert.Equal(NameIndexBuilder.MatcherStamp, restarted.Current?.Version.Matcher);
        Assert.Equal(Path.GetFileName(restarted.Current!.Path), File.ReadAllText(Path.Combine(dataDirectory.IndexRoot, "current")));
        Assert.StartsWith("Harbin Institute of Technology", result.Groups[0].Hits[0].Name, StringComparison.Ordinal);
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
}
