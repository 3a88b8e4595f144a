using Microsoft.EntityFrameworkCore;

namespace PartnerScreening.Storage;

/// <summary>
/// Configures <see cref="PartnerScreeningDbContext"/> for one database provider. Each provider keeps its EF Core
/// migrations in its own assembly, because one context type cannot have two sets in one assembly. The runtime and
/// the design-time factories both configure the context here, so they agree.
/// </summary>
public static class StorageProviders
{
    /// <summary>Value of <c>Storage:Provider</c> for the embedded SQLite database.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>Value of <c>Storage:Provider</c> for PostgreSQL (scale-out).</summary>
    public const string Postgres = "postgres";

    /// <summary>Assembly with the SQLite migrations (project <c>src/PartnerScreening.Storage.Sqlite</c>).</summary>
    public const string SqliteMigrationsAssembly = "PartnerScreening.Storage.Sqlite";

    /// <summary>Assembly with the PostgreSQL migrations (project <c>src/PartnerScreening.Storage.Postgres</c>).</summary>
    public const string PostgresMigrationsAssembly = "PartnerScreening.Storage.Postgres";

    public static DbContextOptionsBuilder UseSqliteStorage(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));

    public static DbContextOptionsBuilder UsePostgresStorage(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
}
