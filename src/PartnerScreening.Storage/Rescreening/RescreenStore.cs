using Microsoft.EntityFrameworkCore;
using PartnerScreening.Domain.Rescreening;

namespace PartnerScreening.Storage.Rescreening;

/// <summary>The pair a decision or a hit belongs to: a subject and a listed party key.</summary>
public readonly record struct SubjectPartyPair(SubjectKind SubjectKind, int SubjectId, string PartyKey);

/// <summary>
/// Stores rescreening runs, their hits and alerts. A run's results are written in one transaction at the end,
/// so a run that fails leaves the previous run's hits and alerts as they were.
/// </summary>
public sealed class RescreenStore(IDbContextFactory<PartnerScreeningDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>Records the start of a run and returns its id.</summary>
    public async Task<int> StartRunAsync(string trigger, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var run = new RescreenRunEntity { Trigger = trigger, StartedAt = timeProvider.GetUtcNow(), Status = RescreenRunStatus.Running };
        context.Add(run);
        await context.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    /// <summary>Returns the hits of the newest successful run, keyed by pair; empty when no run succeeded yet.</summary>
    public async Task<IReadOnlyDictionary<SubjectPartyPair, RescreenHitEntity>> GetPreviousHitsAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var lastRunId = await context.Set<RescreenRunEntity>()
            .Where(r => r.Status == RescreenRunStatus.Succeeded)
            .OrderByDescending(r => r.Id)
            .Select(r => (int?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (lastRunId is null)
        {
            return new Dictionary<SubjectPartyPair, RescreenHitEntity>();
        }

        var hits = await context.Set<RescreenHitEntity>().AsNoTracking().Where(h => h.RunId == lastRunId).ToListAsync(cancellationToken);
        return hits.ToDictionary(h => new SubjectPartyPair(h.SubjectKind, h.SubjectId, h.PartyKey));
    }

    /// <summary>Returns the newest decision of every pair.</summary>
    public async Task<IReadOnlyDictionary<SubjectPartyPair, DecisionEntity>> GetLatestDecisionsAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var decisions = await context.Set<DecisionEntity>().AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var latest = new Dictionary<SubjectPartyPair, DecisionEntity>();
        foreach (var decision in decisions)
        {
            latest[new SubjectPartyPair(decision.SubjectKind, decision.SubjectId, decision.PartyKey)] = decision;
        }

        return latest;
    }

    /// <summary>Writes the run's hits and alerts and marks it succeeded, in one transaction.</summary>
    public async Task CompleteRunAsync(int runId, RescreenRunCounts counts, IReadOnlyList<RescreenHitEntity> hits, IReadOnlyList<AlertEntity> alerts, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var run = await context.Set<RescreenRunEntity>().SingleAsync(r => r.Id == runId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        foreach (var hit in hits)
        {
            hit.RunId = runId;
        }

        foreach (var alert in alerts)
        {
            alert.RunId = runId;
            alert.CreatedAt = now;
        }

        context.AddRange(hits);
        context.AddRange(alerts);
        run.Status = RescreenRunStatus.Succeeded;
        run.FinishedAt = now;
        run.SubjectCount = counts.Subjects;
        run.NameCount = counts.Names;
        run.HitCount = hits.Count;
        run.NewAlertCount = alerts.Count;
        run.DecidedHitCount = counts.DecidedHits;
        run.IndexVersion = counts.IndexVersion;
        run.SnapshotIds = counts.SnapshotIds;
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Marks a run failed with the reason; nothing else of the run is kept.</summary>
    public async Task FailRunAsync(int runId, string error, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var run = await context.Set<RescreenRunEntity>().SingleAsync(r => r.Id == runId, cancellationToken);
        run.Status = RescreenRunStatus.Failed;
        run.FinishedAt = timeProvider.GetUtcNow();
        run.Error = error.Length > 8000 ? error[..8000] : error;
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Returns the newest runs first.</summary>
    public async Task<IReadOnlyList<RescreenRunEntity>> ListRunsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Set<RescreenRunEntity>().AsNoTracking().OrderByDescending(r => r.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<RescreenRunEntity?> GetRunAsync(int runId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Set<RescreenRunEntity>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
    }

    /// <summary>Returns the hits of a run, best first.</summary>
    public async Task<IReadOnlyList<RescreenHitEntity>> ListHitsAsync(int runId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var hits = await context.Set<RescreenHitEntity>().AsNoTracking().Where(h => h.RunId == runId).ToListAsync(cancellationToken);
        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.SubjectName, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Returns alerts, newest first; only those not acknowledged yet unless <paramref name="includeAcknowledged"/>.</summary>
    public async Task<IReadOnlyList<AlertEntity>> ListAlertsAsync(bool includeAcknowledged, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = context.Set<AlertEntity>().AsNoTracking();
        if (!includeAcknowledged)
        {
            query = query.Where(a => a.AcknowledgedAt == null);
        }

        return await query.OrderByDescending(a => a.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AlertEntity>> ListAlertsOfRunAsync(int runId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Set<AlertEntity>().AsNoTracking().Where(a => a.RunId == runId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Acknowledges an alert; returns false when it does not exist. A second acknowledgement keeps the first.</summary>
    public async Task<bool> AcknowledgeAlertAsync(int alertId, string user, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var alert = await context.Set<AlertEntity>().SingleOrDefaultAsync(a => a.Id == alertId, cancellationToken);
        if (alert is null)
        {
            return false;
        }

        if (alert.AcknowledgedAt is null)
        {
            alert.AcknowledgedAt = timeProvider.GetUtcNow();
            alert.AcknowledgedBy = user;
            await context.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}

/// <summary>The counts and versions of a finished run that the hits and alerts do not carry themselves.</summary>
public sealed record RescreenRunCounts(int Subjects, int Names, int DecidedHits, string? IndexVersion, string? SnapshotIds);
