using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using PartnerScreening.Domain;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Lists;
using PartnerScreening.Matching;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Testing;
using Quartz;

namespace PartnerScreening.Jobs.Tests.Scenario;

/// <summary>
/// The services as the application wires them (storage, lists with the real parsers, matcher, registry,
/// rescreening) on a real SQLite file in a temporary data directory, on a fake clock set to 2025-11-01.
/// </summary>
internal sealed class ScenarioHost : IAsyncDisposable
{
    private readonly TempDirectory directory;
    private readonly ServiceProvider provider;

    private ScenarioHost(TempDirectory directory, ServiceProvider provider)
    {
        this.directory = directory;
        this.provider = provider;
    }

    public IServiceProvider Services => provider;

    public string Directory => directory.Path;

    /// <summary>Builds the services; <paramref name="settings"/> overrides configuration keys, and logs go to a <see cref="FakeLogCollector"/>.</summary>
    public static async Task<ScenarioHost> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = new TempDirectory();
        var dataDirectory = new DataDirectory(Path.Combine(directory.Path, "var")).EnsureCreated();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging());
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2025, 11, 1, 3, 0, 0, TimeSpan.Zero)));
        services.AddPartnerScreeningStorage(configuration, dataDirectory);
        services.AddPartnerScreeningLists(configuration, dataDirectory);
        services.AddPartnerScreeningMatching(configuration, dataDirectory);
        services.AddPartnerRegistry();
        services.AddRescreening(configuration);
        services.AddQuartz(quartz => quartz.AddRescreenJob(configuration));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.EnsurePartnerScreeningDatabaseAsync(CancellationToken.None);
        return new ScenarioHost(directory, provider);
    }

    public FakeLogCollector Logs => provider.GetFakeLogCollector();

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public T GetScoped<T>()
        where T : notnull => provider.CreateScope().ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }
}
