using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Download;
using PartnerScreening.Lists.Snapshots;

namespace PartnerScreening.Lists.Ingestion;

/// <summary>
/// Turns the bytes of one list download into a snapshot: stores the raw files, picks the parser, parses,
/// passes the validation gate, computes the diff and stores the snapshot in force. Every attempt is recorded,
/// and a rejected or failed attempt leaves the previous snapshot in force.
/// </summary>
public sealed class SnapshotIngester(
    RawListStore rawStore,
    IListSnapshotStore store,
    IEnumerable<IListParser> parsers,
    IOptions<ListsOptions> options,
    TimeProvider timeProvider,
    ILogger<SnapshotIngester> logger)
{
    private const int HeadLength = 8192;
    private const int MaxLoggedWarnings = 20;

    public async Task<SourceIngestResult> IngestAsync(
        string source, ListFileSet files, string origin, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ListsLog.IngestStarted(logger, source, origin);
        ListSnapshot? inForce = null;
        string? sha256 = null;
        try
        {
            sha256 = await rawStore.SaveAsync(files.Content, cancellationToken);
            foreach (var companion in files.Companions.Values)
            {
                await rawStore.SaveAsync(companion, cancellationToken);
            }

            inForce = await store.GetInForceAsync(source, cancellationToken);
            var attempt = new IngestAttempt
            {
                Source = source,
                StartedAt = startedAt,
                FinishedAt = startedAt,
                Outcome = IngestOutcome.Rejected,
                SnapshotId = inForce?.Id,
                Origin = origin,
                Sha256 = sha256,
            };

            return await ParseAndStoreAsync(source, files, attempt, inForce, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var message = $"{source}: ingest of '{files.FileName}' failed ({exception.GetType().Name}: {exception.Message}). "
                + (inForce is null ? "No snapshot of this source is in force." : $"Snapshot {inForce.Id} stays in force.")
                + " Run the ingest again; if it keeps failing, see the log.";
            ListsLog.Failed(logger, exception, source, IngestMessage.WithoutSourcePrefix(source, message));
            var failed = new IngestAttempt
            {
                Source = source,
                StartedAt = startedAt,
                FinishedAt = timeProvider.GetUtcNow(),
                Outcome = IngestOutcome.Failed,
                SnapshotId = inForce?.Id,
                Message = message,
                Origin = origin,
                Sha256 = sha256,
            };
            return await RecordAsync(failed, inForce, null, cancellationToken);
        }
    }

    /// <summary>Records the attempt; a failure to record it is logged, not thrown, so the caller still gets the outcome.</summary>
    public async Task<SourceIngestResult> RecordAsync(
        IngestAttempt attempt, ListSnapshot? inForce, ListDiff? diff, CancellationToken cancellationToken)
    {
        try
        {
            await store.RecordAttemptAsync(attempt, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ListsLog.AttemptNotRecorded(logger, exception, attempt.Source, attempt.Outcome);
        }

        return new SourceIngestResult(attempt, inForce, diff);
    }

    private async Task<SourceIngestResult> ParseAndStoreAsync(
        string source, ListFileSet files, IngestAttempt attempt, ListSnapshot? inForce, CancellationToken cancellationToken)
    {
        var head = files.Content.AsMemory(0, Math.Min(HeadLength, files.Content.Length));
        if (LooksLikeHtml(files.FileName, head.Span))
        {
            return await RejectAsync(attempt, inForce,
                $"{source}: '{files.FileName}' is an HTML page, not the list file; the publisher probably served an error or moved page. "
                + $"{KeepsInForce(inForce)} Check the download URL in Lists:Sources:{source} or save the official file and run 'ingest --source {source} --file PATH'.",
                cancellationToken);
        }

        var parser = parsers.FirstOrDefault(candidate => candidate.Source == source && candidate.CanParse(files.FileName, head.Span))
            ?? parsers.FirstOrDefault(candidate => candidate.Source == source && candidate.CanParseKnownSource(files.FileName, head.Span));
        if (parser is null)
        {
            return await RejectAsync(attempt, inForce,
                $"{source}: no parser of this source reads '{files.FileName}'. {KeepsInForce(inForce)} Check that the file is the official download of {source}.",
                cancellationToken);
        }

        if (inForce is not null && inForce.Sha256 == attempt.Sha256 && inForce.ParserVersion == parser.Version)
        {
            ListsLog.Unchanged(logger, source, inForce.Id);
            var unchanged = attempt with
            {
                Outcome = IngestOutcome.Unchanged,
                FinishedAt = timeProvider.GetUtcNow(),
                RecordCount = inForce.RecordCount,
                Message = $"{source}: '{files.FileName}' is the file of snapshot {inForce.Id}; nothing changed.",
            };
            return await RecordAsync(unchanged, inForce, null, cancellationToken);
        }

        ParsedList parsed;
        try
        {
            parsed = await Task.Run(() => parser.Parse(files, cancellationToken), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = exception is ListFormatException
                ? exception.Message
                : $"{source}: the file '{files.FileName}' could not be read by {parser.GetType().Name} ({exception.GetType().Name}: {exception.Message}). "
                    + $"{KeepsInForce(inForce)} Check that the file is the complete official download and try again.";
            return await RejectAsync(attempt, inForce, reason, cancellationToken);
        }

        LogWarnings(parser, source, parsed.Warnings);
        var invalid = FindInvalidParty(source, files.FileName, parsed.Parties);
        var ratio = options.Value.Sources.GetValueOrDefault(source)?.MinimumRecordRatio ?? options.Value.Validation.MinimumRecordRatio;
        var gateReason = invalid ?? SnapshotGate.Check(source, files.FileName, parsed.Parties.Count, inForce, ratio);
        if (gateReason is not null)
        {
            return await RejectAsync(attempt with { RecordCount = parsed.Parties.Count }, inForce, gateReason, cancellationToken);
        }

        return await AcceptAsync(source, parser, parsed, attempt, inForce, cancellationToken);
    }

    private async Task<SourceIngestResult> AcceptAsync(
        string source, IListParser parser, ParsedList parsed, IngestAttempt attempt, ListSnapshot? inForce, CancellationToken cancellationToken)
    {
        var snapshot = new ListSnapshot
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"{source}-{attempt.StartedAt.UtcDateTime:yyyyMMddHHmmss}-{attempt.Sha256![..8]}"),
            Source = source,
            Sha256 = attempt.Sha256,
            FetchedAt = attempt.StartedAt,
            Edition = parsed.Edition,
            RecordCount = parsed.Parties.Count,
            ParserVersion = parser.Version,
            Origin = attempt.Origin,
        };

        var previousParties = inForce is null ? [] : await store.GetPartiesAsync(inForce.Id, cancellationToken);
        var keyKind = options.Value.Sources.GetValueOrDefault(source)?.DiffKey ?? DiffKeyDefaults.For(source);
        var diff = ListDiffer.Compute(source, inForce?.Id, previousParties, snapshot.Id, parsed.Parties, keyKind);
        await store.AddInForceAsync(snapshot, parsed.Parties, diff, cancellationToken);

        ListsLog.Accepted(logger, source, snapshot.Id, snapshot.RecordCount, diff.Added.Count, diff.Removed.Count, diff.Changed.Count);
        var accepted = attempt with
        {
            Outcome = IngestOutcome.Accepted,
            FinishedAt = timeProvider.GetUtcNow(),
            SnapshotId = snapshot.Id,
            RecordCount = snapshot.RecordCount,
            Message = string.Create(CultureInfo.InvariantCulture,
                $"{source}: snapshot {snapshot.Id} is in force with {snapshot.RecordCount} records ({diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed)."),
        };
        return await RecordAsync(accepted, snapshot, diff, cancellationToken);
    }

    private async Task<SourceIngestResult> RejectAsync(
        IngestAttempt attempt, ListSnapshot? inForce, string reason, CancellationToken cancellationToken)
    {
        ListsLog.Rejected(logger, attempt.Source, IngestMessage.WithoutSourcePrefix(attempt.Source, reason));
        var rejected = attempt with
        {
            Outcome = IngestOutcome.Rejected,
            FinishedAt = timeProvider.GetUtcNow(),
            Message = reason,
        };
        return await RecordAsync(rejected, inForce, null, cancellationToken);
    }

    private static string? FindInvalidParty(string source, string fileName, IReadOnlyList<ListedParty> parties)
    {
        var invalid = parties
            .Select((party, index) => (party, index))
            .Where(pair => pair.party.Source != source
                || string.IsNullOrWhiteSpace(pair.party.SourceEntityId)
                || string.IsNullOrWhiteSpace(pair.party.PrimaryName))
            .ToList();
        if (invalid.Count == 0)
        {
            return null;
        }

        var (first, position) = invalid[0];
        return string.Create(CultureInfo.InvariantCulture,
            $"{source}: {invalid.Count} records parsed from '{fileName}' lack a source entity id or a primary name, or name another source "
            + $"(first: record {position + 1}, id '{first.SourceEntityId}', source '{first.Source}'). The parser does not match this file; the previous snapshot stays in force.");
    }

    private void LogWarnings(IListParser parser, string source, IReadOnlyList<string> warnings)
    {
        foreach (var warning in warnings.Take(MaxLoggedWarnings))
        {
            ListsLog.ParserWarning(logger, parser.GetType().Name, source, warning);
        }

        if (warnings.Count > MaxLoggedWarnings)
        {
            ListsLog.ParserWarning(logger, parser.GetType().Name, source,
                string.Create(CultureInfo.InvariantCulture, $"{warnings.Count - MaxLoggedWarnings} more warnings not logged"));
        }
    }

    private static bool LooksLikeHtml(string fileName, ReadOnlySpan<byte> head)
    {
        if (fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && text.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    private static string KeepsInForce(ListSnapshot? inForce) => inForce is null
        ? "No snapshot of this source is in force yet."
        : $"Snapshot {inForce.Id} stays in force.";
}
