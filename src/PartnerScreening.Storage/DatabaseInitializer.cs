using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerScreening.Storage;

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies the pending EF Core migrations of the configured provider, creating the database when it does not
    /// exist, and turns on SQLite's write-ahead log so that screenings can be written while pages and the API read.
    /// </summary>
    /// <exception cref="UnmigratedDatabaseException">
    /// The database has the model's tables but no migrations history, so an earlier build created it with <c>EnsureCreated</c>.
    /// </exception>
    public static async Task EnsurePartnerScreeningDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>();
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        await RejectUnmigratedDatabaseAsync(context, cancellationToken);

        // NOTE: on a new PostgreSQL database, EF Core 10 with Npgsql logs one failed query on __EFMigrationsHistory
        // (event 20102) before it creates that table. The migration still succeeds (dotnet/efcore issue 37328).
        await context.Database.MigrateAsync(cancellationToken);
        if (context.Database.IsSqlite())
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    // A database made by EnsureCreated has the model's tables but no __EFMigrationsHistory table. Migrating it would
    // fail on tables that already exist. Marking it as migrated could hide tables or columns that an older model
    // lacked, so it is rejected with the steps to start afresh. The check looks for AspNetUsers, which every
    // EnsureCreated schema had, and not for any table: an empty PostgreSQL database may already hold Quartz's tables.
    private static async Task RejectUnmigratedDatabaseAsync(PartnerScreeningDbContext context, CancellationToken cancellationToken)
    {
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken) || !await TableExistsAsync(context, "AspNetUsers", cancellationToken))
        {
            return;
        }

        // Looking for the history table first keeps EF Core from logging a failed query on a database without it.
        if (await TableExistsAsync(context, HistoryRepository.DefaultTableName, cancellationToken)
            && (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }

        throw new UnmigratedDatabaseException(context.Database.GetDbConnection().Database, context.Database.IsSqlite()
            ? context.Database.GetDbConnection().DataSource
            : null);
    }

    private static async Task<bool> TableExistsAsync(PartnerScreeningDbContext context, string table, CancellationToken cancellationToken)
    {
        var count = context.Database.IsSqlite()
            ? await context.Database
                .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}")
                .SingleAsync(cancellationToken)
            : await context.Database
                .SqlQuery<int>($"SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {table}")
                .SingleAsync(cancellationToken);
        return count > 0;
    }
}

/// <summary>
/// Raised at start-up when the database has the model's tables but no EF Core migrations history. Earlier builds created the
/// schema with <c>EnsureCreated</c>, which records no history, so such a database cannot be upgraded in place.
/// </summary>
public sealed class UnmigratedDatabaseException(string databaseName, string? sqliteFile)
    : InvalidOperationException(
        $"The database '{(sqliteFile ?? databaseName)}' has tables but no EF Core migrations history "
        + "(table __EFMigrationsHistory), so an earlier build created it without migrations and it cannot be upgraded in place. "
        + (sqliteFile is null
            ? "Back it up, drop it or point Storage:ConnectionString at an empty database, start again, and then ingest the lists and import the partner ledger again."
            : "Back up the file and move it aside, start again to create a new database, and then ingest the lists and import the partner ledger again."))
{
    /// <summary>Name of the database, or the SQLite file path, that was rejected.</summary>
    public string Database { get; } = sqliteFile ?? databaseName;
}
