using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnerScreening.Domain;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Testing;

namespace PartnerScreening.Storage.Tests.Registry;

/// <summary>A real SQLite database in a temporary directory with the registry services, on a fake clock set to 2025-06-01.</summary>
internal sealed class RegistryDatabase : IAsyncDisposable
{
    private readonly TempDirectory directory;

    private RegistryDatabase(TempDirectory directory, ServiceProvider services)
    {
        this.directory = directory;
        Services = services;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    public string Directory => directory.Path;

    public static async Task<RegistryDatabase> CreateAsync()
    {
        var directory = new TempDirectory();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)))
            .AddPartnerScreeningStorage(new ConfigurationBuilder().Build(), new DataDirectory(directory.Path))
            .AddPartnerRegistry()
            .BuildServiceProvider();
        var database = new RegistryDatabase(directory, services);
        await services.EnsurePartnerScreeningDatabaseAsync(TestContext.Current.CancellationToken);
        return database;
    }

    public Task<PartnerScreeningDbContext> CreateContextAsync() =>
        Services.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Dispose();
    }
}
