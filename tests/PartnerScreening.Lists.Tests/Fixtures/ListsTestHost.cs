using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnerScreening.Domain;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Storage;
using PartnerScreening.Testing;

namespace PartnerScreening.Lists.Tests.Fixtures;

/// <summary>
/// The list services as the application wires them, on a real SQLite file in a temporary data directory,
/// with test parsers in place of the real ones, a recording snapshots-changed handler and a fake clock.
/// </summary>
internal sealed class ListsTestHost : IAsyncDisposable
{
    private readonly TempDirectory directory;
    private readonly ServiceProvider provider;

    private ListsTestHost(TempDirectory directory, ServiceProvider provider, FakeTimeProvider time, RecordingHandler handler)
    {
        this.directory = directory;
        this.provider = provider;
        Time = time;
        Handler = handler;
    }

    public FakeTimeProvider Time { get; }

    public RecordingHandler Handler { get; }

    public IServiceProvider Services => provider;

    public IListSnapshotStore Store => provider.GetRequiredService<IListSnapshotStore>();

    public DataDirectory DataDirectory => provider.GetRequiredService<DataDirectory>();

    /// <summary>Builds the host; <paramref name="systemClock"/> gives the HTTP resilience pipeline real time to wait.</summary>
    public static async Task<ListsTestHost> CreateAsync(
        IReadOnlyList<IListParser> parsers, IDictionary<string, string?>? settings = null, bool systemClock = false)
    {
        var directory = new TempDirectory();
        var dataDirectory = new DataDirectory(Path.Combine(directory.Path, "var")).EnsureCreated();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 2, 30, 0, TimeSpan.Zero));
        var handler = new RecordingHandler();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(systemClock ? TimeProvider.System : time);
        services.AddSingleton<ISnapshotsChangedHandler>(handler);
        foreach (var parser in parsers)
        {
            services.AddSingleton(parser);
        }

        services.AddPartnerScreeningStorage(configuration, dataDirectory);
        services.AddPartnerScreeningLists(configuration, dataDirectory);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await provider.EnsurePartnerScreeningDatabaseAsync(CancellationToken.None);
        return new ListsTestHost(directory, provider, time, handler);
    }

    public ListIngestionService CreateIngestion() =>
        provider.CreateScope().ServiceProvider.GetRequiredService<ListIngestionService>();

    /// <summary>Writes a file into the temporary directory, outside the data directory, and returns its path.</summary>
    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(directory.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }
}
