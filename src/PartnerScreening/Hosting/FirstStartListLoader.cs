using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Screenings;

namespace PartnerScreening.Hosting;

/// <summary>First-start settings, section <c>FirstStart</c>.</summary>
public sealed class FirstStartOptions
{
    public const string SectionName = "FirstStart";

    /// <summary>Whether <c>serve</c> loads lists when no list is in force. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Folder of the sample lists; default <c>data/samples</c> beside the executable.</summary>
    public string? SamplesDirectory { get; set; }
}

/// <summary>
/// On a data directory without any list in force, downloads the official lists; when none of them could be
/// loaded (no network), ingests the fictional sample lists shipped in <c>data/samples</c> and records their
/// snapshot ids so that every page and API response says it screens against sample data only.
/// </summary>
internal sealed class FirstStartListLoader(
    IServiceScopeFactory scopeFactory,
    SampleDataMarker sampleMarker,
    ListStatusService listStatus,
    IOptions<FirstStartOptions> options,
    ILogger<FirstStartListLoader> logger) : BackgroundService
{
    private static readonly (string File, string Source)[] SampleFiles =
    [
        ("meti-eul-sample.xlsx", ListSourceIds.MetiEndUserList),
        ("us-csl-sample.csv", ListSourceIds.UsConsolidatedScreeningList),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IListSnapshotStore>();
        if ((await store.GetAllInForceAsync(stoppingToken)).Count > 0)
        {
            return;
        }

        var ingestion = scope.ServiceProvider.GetRequiredService<ListIngestionService>();
        FirstStartLog.DownloadingOfficialLists(logger);
        var official = await ingestion.IngestAllAsync(stoppingToken);
        if (official.Sources.Any(result => result.InForce is not null))
        {
            listStatus.Invalidate();
            return;
        }

        FirstStartLog.LoadingSamples(logger, official.Sources.Count);
        var samples = options.Value.SamplesDirectory ?? Path.Combine(AppContext.BaseDirectory, "data", "samples");
        var loaded = new List<string>();
        foreach (var (file, source) in SampleFiles)
        {
            var result = await ingestion.IngestFileAsync(Path.Combine(samples, file), source, stoppingToken);
            loaded.AddRange(result.Sources.Where(item => item.InForce is not null).Select(item => item.InForce!.Id));
        }

        sampleMarker.Add(loaded);
        listStatus.Invalidate();
        FirstStartLog.SamplesLoaded(logger, loaded.Count);
    }
}

/// <summary>Log messages of the first start, event ids 7300–7399.</summary>
internal static partial class FirstStartLog
{
    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "No list is in force: downloading the official lists")]
    public static partial void DownloadingOfficialLists(ILogger logger);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Warning, Message = "None of the {SourceCount} official lists could be loaded: loading the sample lists, which contain fictional entries only")]
    public static partial void LoadingSamples(ILogger logger, int sourceCount);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Warning, Message = "{SnapshotCount} sample snapshots loaded; screening runs against sample data until the official lists are ingested")]
    public static partial void SamplesLoaded(ILogger logger, int snapshotCount);
}
