using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain;
using PartnerScreening.Storage.Lists;

namespace PartnerScreening.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the DbContext factory for the configured provider and the stores built on it.</summary>
    public static IServiceCollection AddPartnerScreeningStorage(
        this IServiceCollection services, IConfiguration configuration, DataDirectory dataDirectory)
    {
        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        services.AddDbContextFactory<PartnerScreeningDbContext>(builder => Configure(builder, options, dataDirectory));
        services.AddDbContext<PartnerScreeningDbContext>(builder => Configure(builder, options, dataDirectory), optionsLifetime: ServiceLifetime.Singleton);
        services.AddListSnapshotStore();
        return services;
    }

    private static void Configure(DbContextOptionsBuilder builder, StorageOptions options, DataDirectory dataDirectory)
    {
        switch (options.Provider)
        {
            case StorageProviders.Postgres:
                builder.UsePostgresStorage(options.ConnectionString
                    ?? throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is 'postgres'."));
                break;
            case StorageProviders.Sqlite:
                builder.UseSqliteStorage(options.ConnectionString ?? $"Data Source={dataDirectory.DatabasePath}");
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is not supported; use 'sqlite' or 'postgres'.");
        }
    }
}
