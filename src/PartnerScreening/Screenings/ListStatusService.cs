using Microsoft.Extensions.Options;
using PartnerScreening.Domain;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Screenings;

/// <summary>State of one list source: the snapshot in force and the last ingest attempt.</summary>
public sealed record ListStatus(string Source, ListSnapshot? InForce, IngestAttempt? LastAttempt, bool IsSample, bool IsStale);

/// <summary>
/// Reports the state of every list source, and the warnings every page and API response carries: screening
/// against sample data, and lists older than <see cref="ScreeningOptions.MaxListAgeDays"/>.
/// The warnings are cached for a few seconds because every screening asks for them.
/// </summary>
public sealed class ListStatusService(
    IServiceScopeFactory scopeFactory,
    SampleDataMarker sampleMarker,
    IOptions<ScreeningOptions> options,
    TimeProvider timeProvider)
{
    private static readonly TimeSpan WarningsLifetime = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (DateTimeOffset At, IReadOnlyList<ScreeningWarning> Warnings)? _cached;

    public async Task<IReadOnlyList<ListStatus>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IListSnapshotStore>();
        var sampleSnapshots = sampleMarker.Read();
        var now = timeProvider.GetUtcNow();
        var statuses = new List<ListStatus>();
        foreach (var source in ListSourceIds.All)
        {
            var inForce = await store.GetInForceAsync(source, cancellationToken);
            var attempt = await store.GetLastAttemptAsync(source, cancellationToken);
            var isSample = inForce is not null && sampleSnapshots.Contains(inForce.Id);
            var isStale = inForce is not null && now - LastConfirmed(inForce, attempt) > TimeSpan.FromDays(options.Value.MaxListAgeDays);
            statuses.Add(new ListStatus(source, inForce, attempt, isSample, isStale));
        }

        return statuses;
    }

    /// <summary>Returns the warnings in force, at most a few seconds old.</summary>
    public async Task<IReadOnlyList<ScreeningWarning>> GetWarningsAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_cached is { } cached && now - cached.At < WarningsLifetime)
        {
            return cached.Warnings;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && now - again.At < WarningsLifetime)
            {
                return again.Warnings;
            }

            var warnings = BuildWarnings(await GetAllAsync(cancellationToken));
            _cached = (now, warnings);
            return warnings;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Drops the cached warnings, after an ingest.</summary>
    public void Invalidate() => _cached = null;

    private List<ScreeningWarning> BuildWarnings(IReadOnlyList<ListStatus> statuses)
    {
        var warnings = new List<ScreeningWarning>();
        if (statuses.Any(status => status.IsSample))
        {
            warnings.Add(new ScreeningWarning(
                "sample-data",
                "Screening runs against SAMPLE lists with fictional entries only, because the official lists could not be downloaded. Results mean nothing for real partners: ingest the official lists (ingest).",
                "公式リストを取得できなかったため、架空の項目だけを含むサンプルリストで審査しています。実在の相手先の審査には使えません。公式リストを取り込んでください（ingest）。"));
        }

        var maxAge = options.Value.MaxListAgeDays;
        foreach (var status in statuses.Where(status => status.IsStale))
        {
            var label = ListSourceLabels.For(status.Source);
            var date = status.InForce!.FetchedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            warnings.Add(new ScreeningWarning(
                "list-outdated:" + status.Source,
                $"The {label.NameEn} in force was fetched on {date}, more than {maxAge} days ago. Check the ingest job or ingest the list by hand.",
                $"{label.NameJa}は {date} に取得したもので、{maxAge} 日以上更新されていません。取り込みジョブを確認するか、手動で取り込んでください。"));
        }

        return warnings;
    }

    // A newer attempt that found the same file confirms the snapshot is still the current edition.
    private static DateTimeOffset LastConfirmed(ListSnapshot snapshot, IngestAttempt? attempt) =>
        attempt is { Outcome: IngestOutcome.Unchanged } && attempt.FinishedAt > snapshot.FetchedAt
            ? attempt.FinishedAt
            : snapshot.FetchedAt;
}

/// <summary>
/// The file in the data directory that lists the snapshot ids loaded from the shipped sample lists, so that
/// screening against them is flagged until the official lists replace them.
/// </summary>
public sealed class SampleDataMarker(DataDirectory dataDirectory)
{
    private string FilePath => Path.Combine(dataDirectory.Root, "sample-snapshots.txt");

    public IReadOnlySet<string> Read()
    {
        var path = FilePath;
        return File.Exists(path)
            ? File.ReadAllLines(path).Where(line => line.Length > 0).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();
    }

    public void Add(IEnumerable<string> snapshotIds)
    {
        var all = Read().Concat(snapshotIds).Distinct(StringComparer.Ordinal);
        File.WriteAllLines(FilePath, all);
    }
}
