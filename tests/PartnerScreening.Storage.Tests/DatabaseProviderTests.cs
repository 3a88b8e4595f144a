using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain;
using PartnerScreening.Testing;

namespace PartnerScreening.Storage.Tests;

/// <summary>
/// The whole EF Core model is created and used on both providers: SQLite (the embedded default) and a
/// throwaway PostgreSQL server on a loopback port (the scale-out store).
/// </summary>
public sealed class DatabaseProviderTests
{
    [Fact]
    public async Task Model_OnSqlite_CreatesSchemaAndRoundTrips()
    {
        using var directory = new TempDirectory();
        var provider = BuildServices(directory.Path, new Dictionary<string, string?>());

        await AssertSchemaRoundTripsAsync(provider);
    }

    [Fact]
    public async Task Model_OnPostgres_CreatesSchemaAndRoundTrips()
    {
        Assert.SkipWhen(PostgresServer.FindBinDirectory() is null, "PostgreSQL is not installed on this machine.");
        await using var server = await PostgresServer.StartAsync();
        await server.CreateDatabaseAsync("screening");
        using var directory = new TempDirectory();
        var provider = BuildServices(directory.Path, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = server.ConnectionString("screening"),
        });

        await AssertSchemaRoundTripsAsync(provider);
    }

    private static ServiceProvider BuildServices(string dataDirectory, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddPartnerScreeningStorage(configuration, new DataDirectory(dataDirectory))
            .BuildServiceProvider();
    }

    private static async Task AssertSchemaRoundTripsAsync(ServiceProvider provider)
    {
        var factory = provider.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            Assert.True(await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken));
            db.Users.Add(new IdentityUser("officer@example.ac.jp") { Email = "officer@example.ac.jp" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var user = await db.Users.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal("officer@example.ac.jp", user.UserName);
        }
    }
}
