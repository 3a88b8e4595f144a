using Microsoft.AspNetCore.Identity;
using PartnerScreening.Storage;

namespace PartnerScreening.Hosting;

/// <summary>Creates the database schema and the two roles when they are missing.</summary>
internal static class DatabaseInitializer
{
    public const string OfficerRole = "officer";
    public const string AdministratorRole = "administrator";

    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.EnsurePartnerScreeningDatabaseAsync(cancellationToken);

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
