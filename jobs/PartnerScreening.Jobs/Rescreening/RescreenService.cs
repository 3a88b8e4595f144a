using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Jobs.Alerts;
using PartnerScreening.Matching.Screening;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.Jobs.Rescreening;

/// <summary>The outcome of a run, as the command line and the job report it.</summary>
public sealed record RescreenOutcome(
    int RunId,
    RescreenRunStatus Status,
    int Subjects,
    int Names,
    int Hits,
    int NewAlerts,
    int DecidedHits,
    string? Error);

/// <summary>
/// Screens every subject of the registry against the lists in force, compares each hit with the previous run and
/// the decisions in force, and stores the run with its hits and new alerts. The nightly job, the run after an
/// ingest and the <c>rescreen</c> command all run this code.
/// </summary>
public sealed class RescreenService(
    RescreenSubjects subjects,
    RescreenStore store,
    INameScreener screener,
    IListSnapshotStore snapshots,
    AlertMailer mailer,
    IOptions<RescreenOptions> options,
    IOptions<MatchingOptions> matchingOptions,
    TimeProvider timeProvider,
    ILogger<RescreenService> logger)
{
    private const int MaxReportedSubjectErrors = 20;

    /// <summary>
    /// Runs a rescreening. A failure never throws: the run is marked failed with the reason and the previous
    /// run's hits and alerts stay in force. Cancellation marks the run failed and then propagates.
    /// </summary>
    public async Task<RescreenOutcome> RunAsync(string trigger, CancellationToken cancellationToken)
    {
        var runId = await store.StartRunAsync(trigger, cancellationToken);
        RescreenLog.RunStarted(logger, runId, trigger);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var outcome = await ScreenAndStoreAsync(runId, cancellationToken);
            RescreenLog.RunFinished(logger, runId, outcome.Subjects, outcome.Names, outcome.Hits, outcome.NewAlerts, outcome.DecidedHits, stopwatch.ElapsedMilliseconds);
            return outcome;
        }
        catch (Exception exception)
        {
            RescreenLog.RunFailed(logger, runId, exception);
            var message = exception is OperationCanceledException
                ? "The run was cancelled (service shutdown or timeout) before it finished."
                : exception.Message;
            await store.FailRunAsync(runId, message, CancellationToken.None);
            if (exception is OperationCanceledException)
            {
                throw;
            }

            return new RescreenOutcome(runId, RescreenRunStatus.Failed, 0, 0, 0, 0, 0, message);
        }
    }

    private async Task<RescreenOutcome> ScreenAndStoreAsync(int runId, CancellationToken cancellationToken)
    {
        var settings = options.Value;

        // A score that rises from below to at or above the matcher's alert threshold raises an alert.
        var alertThreshold = matchingOptions.Value.Thresholds.Alert;
        var index = screener.CurrentVersion ?? throw new IndexNotReadyException();
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var subjectList = await subjects.ListAsync(today, cancellationToken);

        var screened = Screen(runId, subjectList, settings, cancellationToken);
        var previous = await store.GetPreviousHitsAsync(cancellationToken);
        var decisions = await store.GetLatestDecisionsAsync(cancellationToken);
        var parties = new ListedPartyCache(snapshots);

        var hits = new List<RescreenHitEntity>();
        var alerts = new List<AlertEntity>();
        var decided = 0;
        foreach (var (subject, subjectHits) in screened)
        {
            foreach (var best in await BestHitPerPartyAsync(subjectHits, parties, cancellationToken))
            {
                var pair = new SubjectPartyPair(subject.Kind, subject.Id, best.Key);
                previous.TryGetValue(pair, out var previousHit);
                decisions.TryGetValue(pair, out var decision);
                var verdict = AlertRules.Evaluate(
                    best.Hit.Score,
                    best.Content,
                    best.Fingerprint,
                    previousHit is null ? null : new KnownState(previousHit.Score, previousHit.Fingerprint, previousHit.ContentJson),
                    decision is null ? null : new KnownState(null, decision.Fingerprint, decision.ContentJson),
                    alertThreshold);

                hits.Add(ToHitEntity(subject, best, verdict.CoveredByDecision ? decision!.Id : null));
                decided += verdict.CoveredByDecision ? 1 : 0;
                // A reference-only list (us-dod-1260h, aspi-unitracker) is no legal list, so its hit is stored but
                // raises no alert.
                if (verdict.Reason is { } reason && !ListSourceIds.IsReferenceOnly(best.Hit.Source))
                {
                    alerts.Add(ToAlertEntity(subject, best, reason, previousHit?.Score, verdict.Changes));
                }
            }
        }

        var counts = new RescreenRunCounts(subjectList.Count, subjectList.Sum(s => s.Names.Count), decided, index.Id, string.Join(",", index.SnapshotIds));
        try
        {
            await store.CompleteRunAsync(runId, counts, hits, alerts, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // EF Core wraps the database error in a DbUpdateException, and only the innermost message names the cause.
            throw new InvalidOperationException(
                $"Storing the run's {hits.Count} hits and {alerts.Count} new alerts failed, so none of them were kept: {exception.GetBaseException().Message}",
                exception);
        }

        await mailer.SendAsync(runId, alerts, cancellationToken);
        return new RescreenOutcome(runId, RescreenRunStatus.Succeeded, counts.Subjects, counts.Names, hits.Count, alerts.Count, decided, null);
    }

    /// <summary>Screens every name of every subject on several threads; any failed subject fails the run.</summary>
    private List<(ScreeningSubject Subject, List<(string QueryName, ScreeningHit Hit)> Hits)> Screen(
        int runId, IReadOnlyList<ScreeningSubject> subjectList, RescreenOptions settings, CancellationToken cancellationToken)
    {
        var results = new (ScreeningSubject, List<(string, ScreeningHit)>)[subjectList.Count];
        var failures = new ConcurrentQueue<string>();
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = settings.Parallelism > 0 ? settings.Parallelism : Environment.ProcessorCount,
        };
        Parallel.For(0, subjectList.Count, parallel, i =>
        {
            var subject = subjectList[i];
            var found = new List<(string, ScreeningHit)>();
            try
            {
                found.AddRange(SubjectScreening.ScreenNames(screener, subject, settings));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                RescreenLog.SubjectFailed(logger, subject.Kind.ToString(), subject.Id, runId, exception);
                failures.Enqueue($"{subject.Kind} {subject.Id}: {exception.Message}");
            }

            results[i] = (subject, found);
        });

        if (!failures.IsEmpty)
        {
            var listed = string.Join("; ", failures.Take(MaxReportedSubjectErrors));
            throw new InvalidOperationException($"Screening failed for {failures.Count} of {subjectList.Count} subjects, so the run was not stored: {listed}");
        }

        return results.Select(r => (r.Item1, r.Item2)).ToList();
    }

    private static async Task<IReadOnlyList<BestHit>> BestHitPerPartyAsync(
        List<(string QueryName, ScreeningHit Hit)> hits, ListedPartyCache parties, CancellationToken cancellationToken)
    {
        var best = new Dictionary<string, BestHit>(StringComparer.Ordinal);
        foreach (var (queryName, hit) in hits)
        {
            var party = await parties.GetAsync(hit.SnapshotId, hit.SourceEntityId, cancellationToken);
            var key = ListedPartyKey.For(party);
            if (best.TryGetValue(key, out var existing) && existing.Hit.Score >= hit.Score)
            {
                continue;
            }

            var content = existing?.Content ?? ListedPartyContent.From(party);
            best[key] = new BestHit(key, queryName, hit, content, existing?.Fingerprint ?? content.Fingerprint());
        }

        return best.Values.ToArray();
    }

    private static RescreenHitEntity ToHitEntity(ScreeningSubject subject, BestHit best, int? decisionId) => new()
    {
        SubjectKind = subject.Kind,
        SubjectId = subject.Id,
        SubjectName = subject.DisplayName,
        QueryName = best.QueryName,
        PartyKey = best.Key,
        Source = best.Hit.Source,
        SourceEntityId = best.Hit.SourceEntityId,
        SnapshotId = best.Hit.SnapshotId,
        ListedName = best.Hit.Name,
        MatchedName = best.Hit.MatchedName,
        Score = best.Hit.Score,
        Fingerprint = best.Fingerprint,
        ContentJson = best.Content.ToJson(),
        DecisionId = decisionId,
    };

    private static AlertEntity ToAlertEntity(ScreeningSubject subject, BestHit best, AlertReason reason, double? previousScore, IReadOnlyList<string> changes) => new()
    {
        Reason = reason,
        SubjectKind = subject.Kind,
        SubjectId = subject.Id,
        SubjectName = subject.DisplayName,
        QueryName = best.QueryName,
        PartyKey = best.Key,
        Source = best.Hit.Source,
        SourceEntityId = best.Hit.SourceEntityId,
        SnapshotId = best.Hit.SnapshotId,
        ListedName = best.Hit.Name,
        MatchedName = best.Hit.MatchedName,
        Score = best.Hit.Score,
        PreviousScore = previousScore,
        Changes = changes.Count == 0 ? null : string.Join('\n', changes),
    };

    private sealed record BestHit(string Key, string QueryName, ScreeningHit Hit, ListedPartyContent Content, string Fingerprint);
}
