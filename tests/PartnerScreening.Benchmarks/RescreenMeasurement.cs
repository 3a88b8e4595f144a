using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Lists;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Matching;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Registry.Import;
using PartnerScreening.Testing;
using Quartz;

namespace PartnerScreening.Benchmarks;

/// <summary>
/// One timed rescreening of 10,000 real institutions against every real list file that has a parser, run with
/// <c>dotnet run -c Release --project tests/PartnerScreening.Benchmarks -- rescreen-measure</c>. A single long
/// run is measured directly instead of through BenchmarkDotNet, because one rescreening takes seconds and
/// writes its results to the database.
/// </summary>
internal static class RescreenMeasurement
{
    private static readonly (string Source, string Folder, string File)[] ListFiles =
    [
        (ListSourceIds.MetiEndUserList, "meti-eul", "20250929_4.xlsx"),
        (ListSourceIds.JapanMofAssetFreeze, "jp-mof-asset-freeze", "shisantouketsu20260305.xlsx"),
        (ListSourceIds.UsConsolidatedScreeningList, "us-csl", "consolidated.csv"),
        (ListSourceIds.OfacSdn, "ofac-sdn", "sdn.csv"),
        (ListSourceIds.OfacConsolidated, "ofac-sdn", "CONS_ENHANCED.ZIP"),
        (ListSourceIds.UnSecurityCouncil, "un-consolidated", "consolidated.xml"),
        (ListSourceIds.UsDod1260H, "us-dod-1260h", "sanctions.csv"),
        (ListSourceIds.AspiUniTracker, "aspi-unitracker-misp", "china-defence-universities.json"),
    ];

    public static async Task<int> RunAsync(int institutions)
    {
        using var directory = new TempDirectory();
        var dataDirectory = new DataDirectory(Path.Combine(directory.Path, "var")).EnsureCreated();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(OfacCsvSetSettings.Create()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddPartnerScreeningStorage(configuration, dataDirectory);
        services.AddPartnerScreeningLists(configuration, dataDirectory);
        services.AddPartnerScreeningMatching(configuration, dataDirectory);
        services.AddPartnerRegistry();
        services.AddRescreening(configuration);
        services.AddQuartz(quartz => quartz.AddRescreenJob(configuration));
        await using var provider = services.BuildServiceProvider();
        await provider.EnsurePartnerScreeningDatabaseAsync(CancellationToken.None);

        var entries = 0;
        foreach (var (source, folder, file) in ListFiles)
        {
            try
            {
                var result = await provider.CreateScope().ServiceProvider.GetRequiredService<ListIngestionService>()
                    .IngestFileAsync(SharedPaths.List(folder, file), source, CancellationToken.None);
                var count = result.Sources.Sum(s => s.InForce?.RecordCount ?? 0);
                entries += count;
                Console.WriteLine($"ingested {source}: {count} entries ({result.Sources[0].Outcome})");
            }
            catch (ArgumentException exception)
            {
                Console.WriteLine($"skipped {source}: {exception.Message}");
            }
        }

        var ledger = Encoding.UTF8.GetBytes(BuildLedger(institutions));
        using (var stream = new MemoryStream(ledger))
        {
            var import = await provider.GetRequiredService<LedgerImporter>()
                .ImportAsync("universities.csv", stream, new LedgerImportOptions { ValidOnly = true }, CancellationToken.None);
            Console.WriteLine($"imported {import.PartnersCreated} partners ({import.InvalidRowCount} rows skipped as duplicates or invalid)");
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakBefore = process.PeakWorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var stopwatch = Stopwatch.StartNew();
        var outcome = await provider.GetRequiredService<RescreenService>().RunAsync("benchmark", CancellationToken.None);
        stopwatch.Stop();
        process.Refresh();

        Console.WriteLine($"lists in force: {entries} entries");
        Console.WriteLine($"run {outcome.RunId}: {outcome.Status}, {outcome.Subjects} subjects, {outcome.Names} names, {outcome.Hits} hits, {outcome.NewAlerts} alerts {outcome.Error}");
        Console.WriteLine(FormattableString.Invariant($"elapsed: {stopwatch.Elapsed.TotalSeconds:0.00} s"));
        Console.WriteLine(FormattableString.Invariant($"peak working set: before the run {peakBefore / 1048576.0:0} MiB, after the run {process.PeakWorkingSet64 / 1048576.0:0} MiB"));
        Console.WriteLine(FormattableString.Invariant($"allocated during the run: {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:0} MiB"));
        SqliteConnection.ClearAllPools();
        return 0;
    }

    private static string BuildLedger(int count)
    {
        using var stream = File.OpenRead(SharedPaths.Reference("universities", "world_universities_and_domains.json"));
        using var document = JsonDocument.Parse(stream);
        var csv = new StringBuilder("Name,Country,Type,Agreement type,Start date,End date\n");
        foreach (var university in document.RootElement.EnumerateArray().Take(count))
        {
            var name = university.GetProperty("name").GetString()!.Replace("\"", "\"\"", StringComparison.Ordinal);
            csv.Append(CultureInfo.InvariantCulture, $"\"{name}\",{university.GetProperty("alpha_two_code").GetString()},University,MOU,2024-04-01,2030-03-31\n");
        }

        return csv.ToString();
    }
}
