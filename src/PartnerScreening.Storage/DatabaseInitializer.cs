using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerScreening.Storage;

public static class DatabaseInitializer
{
    /// <summary>
    /// Creates the database and its schema when the database does not exist yet, and turns on SQLite's
    /// write-ahead log so that screenings can be written while pages and the API read.
    /// </summary>
    /// <remarks>
    /// TODO: replace with EF migrations for SQLite and PostgreSQL, because EnsureCreated adds no table to an existing database.
    /// </remarks>
    public static async Task EnsurePartnerScreeningDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>();
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        await context.Database.EnsureCreatedAsync(cancellationToken);
        if (context.Database.IsSqlite())
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
