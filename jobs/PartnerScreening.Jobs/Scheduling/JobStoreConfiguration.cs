using Microsoft.Extensions.Configuration;
using PartnerScreening.Storage;
using Quartz;

namespace PartnerScreening.Jobs.Scheduling;

/// <summary>
/// Chooses Quartz's job store from <c>Storage:Provider</c>. With SQLite (one node) the schedule stays in memory and
/// is rebuilt from configuration at each start. With PostgreSQL (scale-out) the nodes share Quartz's clustered ADO.NET
/// job store in the same database, so each trigger fires on one node only.
/// </summary>
public static class JobStoreConfiguration
{
    /// <summary>Scheduler name shared by every node; Quartz's tables key their rows by it.</summary>
    public const string SchedulerName = "PartnerScreening";

    /// <summary>
    /// Configuration key, default true: whether a clustered scheduler creates its missing <c>qrtz_</c> tables at start.
    /// Set it to false when the database account may not create tables and the tables were made by hand.
    /// </summary>
    public const string ProvisionSchemaKey = "Scheduler:ProvisionSchema";

    public static IQuartzBuilder UsePartnerScreeningJobStore(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(configuration);
        quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = SchedulerName);

        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider != StorageProviders.Postgres)
        {
            return quartz;
        }

        var connectionString = storage.ConnectionString
            ?? throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is 'postgres'.");
        var provisionSchema = configuration.GetValue(ProvisionSchemaKey, defaultValue: true);
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(connectionString);
            store.UseClustering();
            if (provisionSchema)
            {
                // Quartz 4.7 creates only the tables that are missing and never alters or drops one (ProvisionSchema docs).
                store.ProvisionSchema();
            }
        });
        return quartz;
    }
}
