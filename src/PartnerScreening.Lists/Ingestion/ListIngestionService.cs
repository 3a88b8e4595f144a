using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Download;

namespace PartnerScreening.Lists.Ingestion;

/// <summary>
/// Ingests list sources: every enabled source, one source, or a file an officer saved. A failure of one source
/// never stops the others. After a run that accepted at least one snapshot, every
/// <see cref="ISnapshotsChangedHandler"/> is called once with the accepted snapshots.
/// </summary>
public sealed class ListIngestionService(
    SnapshotIngester ingester,
    ListDownloader downloader,
    IListDownloadStateStore downloadStateStore,
    IListSnapshotStore store,
    IEnumerable<IListParser> parsers,
    IEnumerable<ISnapshotsChangedHandler> handlers,
    IOptions<ListsOptions> options,
    TimeProvider timeProvider,
    ILogger<ListIngestionService> logger)
{
    /// <summary>Downloads and ingests every enabled source of <c>Lists:Sources</c>, in id order.</summary>
    public async Task<IngestRunResult> IngestAllAsync(CancellationToken cancellationToken)
    {
        var results = new List<SourceIngestResult>();
        foreach (var (source, sourceOptions) in options.Value.Sources.Where(pair => pair.Value.Enabled).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            results.Add(await DownloadAndIngestAsync(source, sourceOptions, cancellationToken));
        }

        return await NotifyAsync(results, cancellationToken);
    }

    /// <summary>Downloads and ingests one source, enabled or not.</summary>
    /// <exception cref="ArgumentException">The source is not configured in <c>Lists:Sources</c>.</exception>
    public async Task<IngestRunResult> IngestSourceAsync(string source, CancellationToken cancellationToken)
    {
        if (!options.Value.Sources.TryGetValue(source, out var sourceOptions))
        {
            throw new ArgumentException(
                $"The list source '{source}' is not configured. Configured sources: {string.Join(", ", options.Value.Sources.Keys.Order(StringComparer.Ordinal))}.");
        }

        var result = await DownloadAndIngestAsync(source.ToLowerInvariant(), sourceOptions, cancellationToken);
        return await NotifyAsync([result], cancellationToken);
    }

    /// <summary>
    /// Ingests a saved file. Without <paramref name="source"/>, the source is the one whose file set names the file,
    /// else the only source with a parser that reads it. For a multi-file format the path may name any file of the set.
    /// </summary>
    /// <exception cref="ArgumentException">The source is unknown or cannot be told from the file.</exception>
    /// <exception cref="FileNotFoundException">The file or the primary file of its set is missing.</exception>
    public async Task<IngestRunResult> IngestFileAsync(string path, string? source, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The list file '{path}' was not found.", path);
        }

        var startedAt = timeProvider.GetUtcNow();
        var resolvedSource = source?.ToLowerInvariant() ?? await ResolveSourceAsync(path, cancellationToken);
        if (!parsers.Any(parser => parser.Source == resolvedSource))
        {
            throw new ArgumentException(
                $"No parser is registered for the list source '{resolvedSource}'. Sources with a parser: {KnownParserSources()}.");
        }

        var files = await ListFileSetLoader.LoadAsync(path, options.Value.Sources.GetValueOrDefault(resolvedSource), cancellationToken);
        var result = await ingester.IngestAsync(resolvedSource, files, Path.GetFullPath(path), startedAt, cancellationToken);
        return await NotifyAsync([result], cancellationToken);
    }

    private async Task<SourceIngestResult> DownloadAndIngestAsync(string source, ListSourceOptions sourceOptions, CancellationToken cancellationToken)
    {
        var startedAt = timeProvider.GetUtcNow();
        ListDownload download;
        try
        {
            download = await downloader.DownloadAsync(source, sourceOptions, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return await RecordDownloadFailureAsync(source, startedAt, exception, cancellationToken);
        }

        if (download.NotModified)
        {
            var inForce = await store.GetInForceAsync(source, cancellationToken);
            ListsLog.Unchanged(logger, source, inForce?.Id);
            var unchanged = new IngestAttempt
            {
                Source = source,
                StartedAt = startedAt,
                FinishedAt = timeProvider.GetUtcNow(),
                Outcome = IngestOutcome.Unchanged,
                SnapshotId = inForce?.Id,
                RecordCount = inForce?.RecordCount,
                Origin = download.Origin.AbsoluteUri,
                Message = $"{source}: {download.Origin} is not modified since the last download (HTTP 304).",
            };
            return await ingester.RecordAsync(unchanged, inForce, null, cancellationToken);
        }

        var result = await ingester.IngestAsync(source, download.Files!, download.Origin.AbsoluteUri, startedAt, cancellationToken);
        if (result.Succeeded && download.Validators is not null)
        {
            await downloadStateStore.SaveAsync(download.Validators, cancellationToken);
        }

        return result;
    }

    private async Task<SourceIngestResult> RecordDownloadFailureAsync(
        string source, DateTimeOffset startedAt, Exception exception, CancellationToken cancellationToken)
    {
        var inForce = await store.GetInForceAsync(source, cancellationToken);
        var keeps = inForce is null ? "No snapshot of this source is in force." : $"Snapshot {inForce.Id} stays in force.";
        var message = exception is ListDownloadException
            ? $"{exception.Message} {keeps}"
            : $"{source}: the download failed ({exception.GetType().Name}: {exception.Message}). {keeps} The next run tries again; to load a saved copy, run 'ingest --source {source} --file PATH'.";
        ListsLog.Failed(logger, exception, source, IngestMessage.WithoutSourcePrefix(source, message));

        var failed = new IngestAttempt
        {
            Source = source,
            StartedAt = startedAt,
            FinishedAt = timeProvider.GetUtcNow(),
            Outcome = IngestOutcome.Failed,
            SnapshotId = inForce?.Id,
            Message = message,
        };
        return await ingester.RecordAsync(failed, inForce, null, cancellationToken);
    }

    private async Task<string> ResolveSourceAsync(string path, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var bySet = ListFileSetLoader.SourcesWithFile(options.Value, fileName);
        if (bySet.Count == 1)
        {
            return bySet[0];
        }

        var head = new byte[8192];
        int length;
        await using (var stream = File.OpenRead(path))
        {
            length = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        var candidates = parsers
            .Where(parser => parser.CanParse(fileName, head.AsSpan(0, length)))
            .Select(parser => parser.Source)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new ArgumentException(
                $"No list parser reads '{fileName}'. Name the source with --source; sources with a parser: {KnownParserSources()}."),
            _ => throw new ArgumentException(
                $"Several list sources read '{fileName}' ({string.Join(", ", candidates)}); name one with --source."),
        };
    }

    private string KnownParserSources()
    {
        var sources = parsers.Select(parser => parser.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return sources.Count == 0 ? "(none)" : string.Join(", ", sources);
    }

    private async Task<IngestRunResult> NotifyAsync(IReadOnlyList<SourceIngestResult> results, CancellationToken cancellationToken)
    {
        var run = new IngestRunResult(results, []);
        var accepted = run.Accepted.ToList();
        if (accepted.Count == 0)
        {
            return run;
        }

        var failedHandlers = new List<string>();
        foreach (var handler in handlers)
        {
            try
            {
                await handler.OnSnapshotsChangedAsync(accepted, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                ListsLog.HandlerFailed(logger, exception, handler.GetType().Name, accepted.Count);
                failedHandlers.Add(handler.GetType().Name);
            }
        }

        return run with { FailedHandlers = failedHandlers };
    }
}
