using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PartnerScreening.Storage.Postgres;

/// <summary>
/// Builds the context for <c>dotnet ef</c> with the PostgreSQL provider. Adding a migration never opens the
/// connection, so the default connection string only has to parse. Set the connection string in
/// <c>PARTNERSCREENING_POSTGRES</c> to run <c>dotnet ef database update</c> against a real server.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PartnerScreeningDbContext>
{
    public PartnerScreeningDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("PARTNERSCREENING_POSTGRES")
            ?? "Host=127.0.0.1;Database=partnerscreening;Username=postgres";
        var options = new DbContextOptionsBuilder<PartnerScreeningDbContext>()
            .UsePostgresStorage(connectionString)
            .Options;
        return new PartnerScreeningDbContext((DbContextOptions<PartnerScreeningDbContext>)options);
    }
}
