using Microsoft.EntityFrameworkCore;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Storage.Registry;

namespace PartnerScreening.Storage.Rescreening;

/// <summary>The request to record a decision on a hit: the subject and the listed entry as the hit named it.</summary>
public sealed record DecisionRequest
{
    public required SubjectKind SubjectKind { get; init; }

    public required int SubjectId { get; init; }

    public required string SnapshotId { get; init; }

    public required string SourceEntityId { get; init; }

    public required DecisionKind Kind { get; init; }

    /// <summary>Why; required for a false positive.</summary>
    public string? Reason { get; init; }

    public required string DecidedBy { get; init; }
}

/// <summary>
/// Records officers' decisions on hits. The decision is attached to the pair (subject, listed party key) with a
/// fingerprint of the listed party, so it holds in later snapshots until the listed party changes.
/// </summary>
public sealed class DecisionService(
    IDbContextFactory<PartnerScreeningDbContext> contextFactory,
    IListSnapshotStore snapshots,
    TimeProvider timeProvider)
{
    public async Task<DecisionEntity> RecordAsync(DecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind == DecisionKind.FalsePositive && string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new RegistryValidationException([new("reason", "非該当（誤検知）とする理由を入力してください。", "Enter the reason why the hit is a false positive.")]);
        }

        var party = await snapshots.GetPartyAsync(request.SnapshotId, request.SourceEntityId, cancellationToken)
            ?? throw new RegistryValidationException([new("sourceEntityId",
                $"スナップショット {request.SnapshotId} に掲載番号 {request.SourceEntityId} のエントリがありません。",
                $"Snapshot {request.SnapshotId} has no entry {request.SourceEntityId}; screen again and decide on a current hit.")]);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await ThrowIfSubjectMissingAsync(context, request, cancellationToken);
        var content = ListedPartyContent.From(party);
        var decision = new DecisionEntity
        {
            SubjectKind = request.SubjectKind,
            SubjectId = request.SubjectId,
            PartyKey = ListedPartyKey.For(party),
            Source = party.Source,
            SourceEntityId = party.SourceEntityId,
            SnapshotId = request.SnapshotId,
            PartyName = party.PrimaryName,
            Fingerprint = content.Fingerprint(),
            ContentJson = content.ToJson(),
            Kind = request.Kind,
            Reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(),
            DecidedBy = request.DecidedBy,
            DecidedAt = timeProvider.GetUtcNow(),
        };
        context.Add(decision);
        await context.SaveChangesAsync(cancellationToken);
        return decision;
    }

    /// <summary>Returns every decision on a subject, newest first (older decisions of a pair are kept as history).</summary>
    public async Task<IReadOnlyList<DecisionEntity>> ListAsync(SubjectKind subjectKind, int subjectId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Set<DecisionEntity>().AsNoTracking()
            .Where(d => d.SubjectKind == subjectKind && d.SubjectId == subjectId)
            .OrderByDescending(d => d.Id)
            .ToListAsync(cancellationToken);
    }

    private static async Task ThrowIfSubjectMissingAsync(PartnerScreeningDbContext context, DecisionRequest request, CancellationToken cancellationToken)
    {
        var exists = request.SubjectKind switch
        {
            SubjectKind.Partner => await context.Set<PartnerEntity>().AnyAsync(p => p.Id == request.SubjectId, cancellationToken),
            SubjectKind.Researcher => await context.Set<ResearcherEntity>().AnyAsync(r => r.Id == request.SubjectId, cancellationToken),
        };
        if (!exists)
        {
            throw new RegistryValidationException([new("subjectId",
                $"{RescreeningTerms.Ja(request.SubjectKind)} ID {request.SubjectId} は登録されていません。",
                $"{request.SubjectKind} {request.SubjectId} does not exist.")]);
        }
    }
}
