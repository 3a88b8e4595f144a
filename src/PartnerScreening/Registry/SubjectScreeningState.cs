using Microsoft.EntityFrameworkCore;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.Registry;

/// <summary>The state of a subject in the rescreening, as the agreement and researcher lists show it.</summary>
public enum ScreeningStateKind
{
    /// <summary>The nightly rescreening does not cover the subject: no live agreement, not current, or archived.</summary>
    NotCovered,

    /// <summary>No successful run has screened the subject since it was added or last edited.</summary>
    NotScreenedYet,

    /// <summary>The newest successful run found no hit.</summary>
    NoHits,

    /// <summary>The newest successful run found hits that have no decision in force.</summary>
    OpenHits,

    /// <summary>Every hit of the newest successful run has a decision in force.</summary>
    AllDecided,
}

/// <summary>The screening state of one subject: the kind, the hit counts and the run they come from.</summary>
public sealed record SubjectScreeningState(ScreeningStateKind Kind, int Hits, int OpenHits, int? RunId, DateTimeOffset? RunStartedAt)
{
    /// <summary>The state of a subject the rescreening does not cover.</summary>
    public static SubjectScreeningState NotCovered { get; } = new(ScreeningStateKind.NotCovered, 0, 0, null, null);
}

/// <summary>
/// Reads the screening state of every partner and researcher from the newest successful rescreening run, so the
/// list pages need no screening of their own.
/// </summary>
public sealed class SubjectScreeningStates(
    IDbContextFactory<PartnerScreeningDbContext> contextFactory,
    RescreenSubjects subjects,
    TimeProvider timeProvider)
{
    /// <summary>Returns the state of every registered subject, keyed by kind and id.</summary>
    public async Task<IReadOnlyDictionary<(SubjectKind Kind, int Id), SubjectScreeningState>> ListAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var covered = (await subjects.ListAsync(today, cancellationToken)).Select(s => (s.Kind, s.Id)).ToHashSet();

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var run = await context.Set<RescreenRunEntity>().AsNoTracking()
            .Where(r => r.Status == RescreenRunStatus.Succeeded)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var hits = run is null
            ? []
            : await context.Set<RescreenHitEntity>().AsNoTracking().Where(h => h.RunId == run.Id)
                .Select(h => new { h.SubjectKind, h.SubjectId, Decided = h.DecisionId != null })
                .ToListAsync(cancellationToken);
        var hitsBySubject = hits.ToLookup(h => (h.SubjectKind, h.SubjectId));

        var partners = await context.Set<PartnerEntity>().AsNoTracking().Select(p => new { p.Id, p.UpdatedAt }).ToListAsync(cancellationToken);
        var agreements = await context.Set<AgreementEntity>().AsNoTracking().Select(a => new { a.PartnerId, a.UpdatedAt }).ToListAsync(cancellationToken);
        var researchers = await context.Set<ResearcherEntity>().AsNoTracking().Select(r => new { r.Id, r.HomeInstitutionId, r.UpdatedAt }).ToListAsync(cancellationToken);

        // A partner enters the rescreening through an agreement or a hosted researcher, so a change to either can
        // bring it in after the newest run. Such a partner is "not screened yet", not "no hits".
        var partnerChanges = partners.ToDictionary(p => p.Id, p => p.UpdatedAt);
        var related = agreements.Select(a => (PartnerId: a.PartnerId, a.UpdatedAt))
            .Concat(researchers.Where(r => r.HomeInstitutionId is not null).Select(r => (PartnerId: r.HomeInstitutionId!.Value, r.UpdatedAt)));
        foreach (var (partnerId, updatedAt) in related)
        {
            if (partnerChanges.TryGetValue(partnerId, out var latest) && updatedAt > latest)
            {
                partnerChanges[partnerId] = updatedAt;
            }
        }

        var changed = partnerChanges.Select(p => (Key: (SubjectKind.Partner, p.Key), UpdatedAt: p.Value))
            .Concat(researchers.Select(r => (Key: (SubjectKind.Researcher, r.Id), r.UpdatedAt)));

        var states = new Dictionary<(SubjectKind, int), SubjectScreeningState>();
        foreach (var (key, updatedAt) in changed)
        {
            states[key] = StateOf(key, updatedAt);
        }

        return states;

        SubjectScreeningState StateOf((SubjectKind, int) key, DateTimeOffset updatedAt)
        {
            if (!covered.Contains(key))
            {
                return SubjectScreeningState.NotCovered;
            }

            if (run is null || updatedAt > run.StartedAt)
            {
                return new(ScreeningStateKind.NotScreenedYet, 0, 0, null, null);
            }

            var subjectHits = hitsBySubject[key].ToList();
            var open = subjectHits.Count(h => !h.Decided);
            var kind = subjectHits.Count == 0 ? ScreeningStateKind.NoHits
                : open > 0 ? ScreeningStateKind.OpenHits
                : ScreeningStateKind.AllDecided;
            return new(kind, subjectHits.Count, open, run.Id, run.StartedAt);
        }
    }
}
