using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Testing;

namespace PartnerScreening.Storage.Tests;

/// <summary>
/// EF Core migrations of both providers: SQLite (the embedded default) and a throwaway PostgreSQL server on a
/// loopback port (scale-out). Each set matches the model and builds an empty database that the stores can use.
/// A failing pending-changes test means the model changed without a migration, so run
/// <c>scripts/add-migration.sh NAME</c>.
/// </summary>
public sealed class DatabaseMigrationTests
{
    [Fact]
    public async Task Migrations_OnSqlite_HaveNoPendingModelChanges()
    {
        using var directory = new TempDirectory();
        await using var provider = BuildServices(directory.Path, SqliteSettings());

        await AssertNoPendingModelChangesAsync(provider);
    }

    [Fact]
    public async Task Migrations_OnPostgres_HaveNoPendingModelChanges()
    {
        Assert.SkipWhen(PostgresServer.FindBinDirectory() is null, "PostgreSQL is not installed on this machine.");
        await using var server = await PostgresServer.StartAsync();
        await server.CreateDatabaseAsync("screening");
        using var directory = new TempDirectory();
        await using var provider = BuildServices(directory.Path, PostgresSettings(server));

        await AssertNoPendingModelChangesAsync(provider);
    }

    [Fact]
    public async Task Migrate_EmptySqliteDatabase_StoresAndFindsPartner()
    {
        using var directory = new TempDirectory();
        await using var provider = BuildServices(directory.Path, SqliteSettings());

        await provider.EnsurePartnerScreeningDatabaseAsync(TestContext.Current.CancellationToken);

        await AssertAllMigrationsAppliedAsync(provider);
        await AssertStoresRoundTripAsync(provider);
    }

    [Fact]
    public async Task Migrate_EmptyPostgresDatabase_StoresAndFindsPartner()
    {
        Assert.SkipWhen(PostgresServer.FindBinDirectory() is null, "PostgreSQL is not installed on this machine.");
        await using var server = await PostgresServer.StartAsync();
        await server.CreateDatabaseAsync("screening");
        using var directory = new TempDirectory();
        await using var provider = BuildServices(directory.Path, PostgresSettings(server));

        await provider.EnsurePartnerScreeningDatabaseAsync(TestContext.Current.CancellationToken);

        await AssertAllMigrationsAppliedAsync(provider);
        await AssertStoresRoundTripAsync(provider);
    }

    [Fact]
    public async Task Migrate_SecondStart_KeepsData()
    {
        using var directory = new TempDirectory();
        await using (var first = BuildServices(directory.Path, SqliteSettings()))
        {
            await first.EnsurePartnerScreeningDatabaseAsync(TestContext.Current.CancellationToken);
            await first.GetRequiredService<RegistryStore>().CreatePartnerAsync(
                new Partner { Names = [new PartnerName("Tohoku Example University")] }, TestContext.Current.CancellationToken);
        }

        await using var second = BuildServices(directory.Path, SqliteSettings());
        await second.EnsurePartnerScreeningDatabaseAsync(TestContext.Current.CancellationToken);

        var partners = await second.GetRequiredService<RegistryStore>().ListPartnersAsync(includeArchived: false, search: null, TestContext.Current.CancellationToken);
        Assert.Equal("Tohoku Example University", Assert.Single(partners).PrimaryName);
    }

    [Fact]
    public async Task Migrate_EnsureCreatedDatabase_IsRejected()
    {
        using var directory = new TempDirectory();
        await using var provider = BuildServices(directory.Path, SqliteSettings());
        var factory = provider.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>();
        await using (var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await context.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        }

        var exception = await Assert.ThrowsAsync<UnmigratedDatabaseException>(
            () => provider.EnsurePartnerScreeningDatabaseAsync(TestContext.Current.CancellationToken));

        Assert.Equal(new DataDirectory(directory.Path).DatabasePath, exception.Database);
        Assert.Contains(exception.Database, exception.Message, StringComparison.Ordinal);
        Assert.Contains("move it aside", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_EnsureCreatedPostgresDatabase_IsRejected()
    {
        Assert.SkipWhen(PostgresServer.FindBinDirectory() is null, "PostgreSQL is not installed on this machine.");
        await using var server = await PostgresServer.StartAsync();
        await server.CreateDatabaseAsync("screening");
        using var directory = new TempDirectory();
        await using var provider = BuildServices(directory.Path, PostgresSettings(server));
        var factory = provider.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>();
        await using (var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await context.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        }

        var exception = await Assert.ThrowsAsync<UnmigratedDatabaseException>(
            () => provider.EnsurePartnerScreeningDatabaseAsync(TestContext.Current.CancellationToken));

        Assert.Equal("screening", exception.Database);
        Assert.Contains("Storage:ConnectionString", exception.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> SqliteSettings() => [];

    private static Dictionary<string, string?> PostgresSettings(PostgresServer server) => new()
    {
        ["Storage:Provider"] = StorageProviders.Postgres,
        ["Storage:ConnectionString"] = server.ConnectionString("screening"),
    };

    private static ServiceProvider BuildServices(string dataDirectory, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddPartnerScreeningStorage(configuration, new DataDirectory(dataDirectory))
            .AddPartnerRegistry()
            .BuildServiceProvider();
    }

    private static async Task AssertNoPendingModelChangesAsync(ServiceProvider provider)
    {
        await provider.EnsurePartnerScreeningDatabaseAsync(TestContext.Current.CancellationToken);
        var factory = provider.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);

        Assert.False(
            context.Database.HasPendingModelChanges(),
            $"The EF Core model of {context.Database.ProviderName} has changes without a migration; run scripts/add-migration.sh NAME.");
    }

    private static async Task AssertAllMigrationsAppliedAsync(ServiceProvider provider)
    {
        var factory = provider.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    private static async Task AssertStoresRoundTripAsync(ServiceProvider provider)
    {
        var registry = provider.GetRequiredService<RegistryStore>();
        var created = await registry.CreatePartnerAsync(
            new Partner
            {
                Names = [new PartnerName("ハルビン工業大学", "ja"), new PartnerName("Harbin Institute of Technology", "en")],
                Country = "CN",
                Type = PartnerType.University,
                Websites = ["https://www.hit.edu.cn/"],
            },
            TestContext.Current.CancellationToken);

        var found = await registry.ListPartnersAsync(includeArchived: false, search: "Harbin", TestContext.Current.CancellationToken);
        var partner = Assert.Single(found);
        Assert.Equal(created.Id, partner.Id);
        Assert.Equal(["ハルビン工業大学", "Harbin Institute of Technology"], partner.Names.Select(name => name.Value));
        Assert.Equal(["https://www.hit.edu.cn/"], partner.Websites);

        var factory = provider.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>();
        await using (var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            context.Users.Add(new IdentityUser("officer@example.ac.jp") { Email = "officer@example.ac.jp" });
            await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var user = await context.Users.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal("officer@example.ac.jp", user.UserName);
        }
    }
}
