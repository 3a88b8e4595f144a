using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerScreening.Domain;
using PartnerScreening.Jobs.Scheduling;
using PartnerScreening.Storage;
using PartnerScreening.Testing;
using Quartz;

namespace PartnerScreening.Jobs.Tests.Scheduling;

/// <summary>
/// Two scheduler nodes configured as <c>serve</c> configures them with <c>Storage:Provider=postgres</c>, on a
/// throwaway PostgreSQL server on a loopback port: Quartz creates its tables, both nodes join one cluster, and the
/// EF Core migrations still run on the database that already has Quartz's tables.
/// </summary>
public sealed class ClusteredJobStoreTests
{
    [Fact]
    public async Task Scheduler_OnPostgres_JoinsClusterWithProvisionedTables()
    {
        Assert.SkipWhen(PostgresServer.FindBinDirectory() is null, "PostgreSQL is not installed on this machine.");
        var ct = TestContext.Current.CancellationToken;
        await using var server = await PostgresServer.StartAsync();
        await server.CreateDatabaseAsync("screening");
        var connectionString = server.ConnectionString("screening");
        using var directory = new TempDirectory();

        await using var first = BuildNode(directory.Path, connectionString);
        await using var second = BuildNode(directory.Path, connectionString);
        var firstScheduler = await first.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        var secondScheduler = await second.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        await firstScheduler.Start(ct);
        await secondScheduler.Start(ct);
        try
        {
            var metadata = await firstScheduler.GetMetadata(ct);
            Assert.True(metadata.JobStorePersistent);
            Assert.True(metadata.JobStoreClustered);

            var tables = await QueryStringsAsync(connectionString, "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'qrtz\\_%'", ct);
            Assert.Contains("qrtz_job_details", tables);
            Assert.Contains("qrtz_triggers", tables);
            Assert.Contains("qrtz_locks", tables);
            Assert.Contains("qrtz_scheduler_state", tables);

            var jobs = await QueryStringsAsync(connectionString, "SELECT job_name FROM qrtz_job_details", ct);
            Assert.Contains(RescreenJob.Key.Name, jobs);
            Assert.Contains(IngestListsJob.Key.Name, jobs);
            var nightly = await QueryStringsAsync(connectionString, "SELECT trigger_name FROM qrtz_triggers", ct);
            Assert.Single(nightly, name => name == RescreenJob.NightlyTriggerKey.Name);

            var nodes = await WaitForCheckInsAsync(connectionString, expected: 2, ct);
            Assert.Equal(2, nodes.Distinct().Count());
            var schedulerNames = await QueryStringsAsync(connectionString, "SELECT DISTINCT sched_name FROM qrtz_scheduler_state", ct);
            Assert.Equal([JobStoreConfiguration.SchedulerName], schedulerNames);

            // The EF Core migrations run on a database that already contains Quartz's tables.
            await first.EnsurePartnerScreeningDatabaseAsync(ct);
        }
        finally
        {
            await firstScheduler.Shutdown(waitForJobsToComplete: false, CancellationToken.None);
            await secondScheduler.Shutdown(waitForJobsToComplete: false, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Scheduler_OnSqlite_KeepsScheduleInMemory()
    {
        using var directory = new TempDirectory();
        await using var node = BuildNode(directory.Path, connectionString: null);

        var scheduler = await node.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var metadata = await scheduler.GetMetadata(TestContext.Current.CancellationToken);

        Assert.False(metadata.JobStorePersistent);
        Assert.False(metadata.JobStoreClustered);
    }

    private static ServiceProvider BuildNode(string dataDirectory, string? connectionString)
    {
        var settings = new Dictionary<string, string?>();
        if (connectionString is not null)
        {
            settings["Storage:Provider"] = StorageProviders.Postgres;
            settings["Storage:ConnectionString"] = connectionString;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddPartnerScreeningStorage(configuration, new DataDirectory(dataDirectory));
        services.AddPartnerScreeningJobs(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Polls until the clustered nodes have checked in, for at most about a minute; a node records its first
    /// check-in shortly after it starts.
    /// </summary>
    private static async Task<List<string>> WaitForCheckInsAsync(string connectionString, int expected, CancellationToken cancellationToken)
    {
        var nodes = new List<string>();
        for (var attempt = 0; attempt < 300 && nodes.Count < expected; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            nodes = await QueryStringsAsync(connectionString, "SELECT instance_name FROM qrtz_scheduler_state", cancellationToken);
        }

        return nodes;
    }

    private static async Task<List<string>> QueryStringsAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
