using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerScreening.Storage;

namespace PartnerScreening.Hosting;

/// <summary>Creates the database schema and the two roles when they are missing.</summary>
internal static class DatabaseInitializer
{
    public const string OfficerRole = "officer";
    public const string AdministratorRole = "administrator";

    // TODO: replace EnsureCreated with EF migrations once the model settles; EnsureCreated adds no table to an existing database.
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // WAL lets screenings be written while pages and the API read.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { OfficerRole, AdministratorRole })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}

/// <summary>Runs <see cref="DatabaseInitializer"/> when the web host starts, before any hosted service or request needs the database.</summary>
internal sealed class DatabaseInitializerService(IServiceProvider services) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => DatabaseInitializer.InitializeAsync(services, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
