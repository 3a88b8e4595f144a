using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PartnerScreening.Storage.Sqlite;

/// <summary>
/// Builds the context for <c>dotnet ef</c> with the SQLite provider. Adding a migration never opens the connection,
/// but <c>dotnet ef database update</c> creates <c>design-time.db</c> in the working directory.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PartnerScreeningDbContext>
{
    public PartnerScreeningDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PartnerScreeningDbContext>()
            .UseSqliteStorage("Data Source=design-time.db")
            .Options;
        return new PartnerScreeningDbContext((DbContextOptions<PartnerScreeningDbContext>)options);
    }
}
