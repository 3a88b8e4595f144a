using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Storage;
using PartnerScreening.Testing;

namespace PartnerScreening.Benchmarks;

/// <summary>
/// Ingests every real list file that has a parser into a fresh data directory: raw store, parse, gate, diff and
/// the SQLite insert of all parties, as <c>ingest --file</c> does. The snapshots-changed handlers (index rebuild)
/// are not registered, so they are not part of the time. Run it with <c>--inProcess</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class IngestBenchmark
{
    private static readonly (string Source, string Folder, string File)[] RealFiles =
    [
        (ListSourceIds.MetiEndUserList, "meti-eul", "20250929_4.xlsx"),
        (ListSourceIds.JapanMofAssetFreeze, "jp-mof-asset-freeze", "shisantouketsu20260305.xlsx"),
        (ListSourceIds.UsConsolidatedScreeningList, "us-csl", "consolidated.csv"),
        (ListSourceIds.OfacSdn, "ofac-sdn", "sdn.csv"),
        (ListSourceIds.OfacConsolidated, "ofac-sdn", "CONS_ENHANCED.ZIP"),
        (ListSourceIds.UnSecurityCouncil, "un-consolidated", "consolidated.xml"),
    ];

    private TempDirectory? directory;
    private ServiceProvider? provider;

    /// <summary>Records stored by the last iteration, printed so the run shows what was measured.</summary>
    public int LastRecordCount { get; private set; }

    [IterationSetup]
    public void CreateDataDirectory()
    {
        directory = new TempDirectory();
        var dataDirectory = new DataDirectory(Path.Combine(directory.Path, "var")).EnsureCreated();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(OfacCsvSetSettings.Create()).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPartnerScreeningStorage(configuration, dataDirectory);
        services.AddPartnerScreeningLists(configuration, dataDirectory);
        provider = services.BuildServiceProvider();
        provider.EnsurePartnerScreeningDatabaseAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DeleteDataDirectory()
    {
        Console.WriteLine($"// Ingested {LastRecordCount} records from {RealFiles.Length} sources");
        provider?.Dispose();
        SqliteConnection.ClearAllPools();
        directory?.Dispose();
    }

    [Benchmark]
    public async Task<int> IngestAllRealFiles()
    {
        using var scope = provider!.CreateScope();
        var ingestion = scope.ServiceProvider.GetRequiredService<ListIngestionService>();
        var records = 0;
        foreach (var (source, folder, file) in RealFiles)
        {
            var run = await ingestion.IngestFileAsync(SharedPaths.List(folder, file), source, CancellationToken.None);
            var result = run.Sources.Single();
            if (result.Outcome != IngestOutcome.Accepted)
            {
                throw new InvalidOperationException($"{source} was not accepted: {result.Attempt.Message}");
            }

            records += result.Attempt.RecordCount ?? 0;
        }

        LastRecordCount = records;
        return records;
    }
}
