using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Storage.Lists;

/// <summary>
/// <see cref="IListSnapshotStore"/> on the EF Core model: snapshots, their parties as JSON rows, diffs and
/// ingest attempts. Works with SQLite and PostgreSQL alike.
/// </summary>
public sealed class EfListSnapshotStore(IDbContextFactory<PartnerScreeningDbContext> contextFactory)
    : IListSnapshotStore, IListDownloadStateStore
{
    public async Task<ListSnapshot?> GetInForceAsync(string source, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await context.Set<ListSnapshotEntity>().AsNoTracking()
            .Where(snapshot => snapshot.Source == source && snapshot.Status == SnapshotStatus.InForce)
            .OrderByDescending(snapshot => snapshot.FetchedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return entity?.ToRecord();
    }

    public async Task<IReadOnlyList<ListSnapshot>> GetAllInForceAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await context.Set<ListSnapshotEntity>().AsNoTracking()
            .Where(snapshot => snapshot.Status == SnapshotStatus.InForce)
            .OrderBy(snapshot => snapshot.Source)
            .ToListAsync(cancellationToken);
        return [.. entities.Select(entity => entity.ToRecord())];
    }

    public async Task<IReadOnlyList<ListSnapshot>> GetHistoryAsync(string source, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entities = await context.Set<ListSnapshotEntity>().AsNoTracking()
            .Where(snapshot => snapshot.Source == source)
            .OrderByDescending(snapshot => snapshot.FetchedAt)
            .ToListAsync(cancellationToken);
        return [.. entities.Select(entity => entity.ToRecord())];
    }

    public async Task<IReadOnlyList<ListedParty>> GetPartiesAsync(string snapshotId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await context.Set<ListedPartyEntity>().AsNoTracking()
            .Where(party => party.SnapshotId == snapshotId)
            .OrderBy(party => party.Id)
            .Select(party => party.PartyJson)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(DeserializeParty)];
    }

    public async Task<ListedParty?> GetPartyAsync(string snapshotId, string sourceEntityId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var json = await context.Set<ListedPartyEntity>().AsNoTracking()
            .Where(party => party.SnapshotId == snapshotId && party.SourceEntityId == sourceEntityId)
            .OrderBy(party => party.Id)
            .Select(party => party.PartyJson)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : DeserializeParty(json);
    }

    public async Task AddInForceAsync(
        ListSnapshot snapshot, IReadOnlyList<ListedParty> parties, ListDiff diff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(diff);
        if (snapshot.Status != SnapshotStatus.InForce)
        {
            throw new ArgumentException($"Snapshot {snapshot.Id} has status {snapshot.Status}; only an in-force snapshot can be added.", nameof(snapshot));
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        await context.Set<ListSnapshotEntity>()
            .Where(existing => existing.Source == snapshot.Source && existing.Status == SnapshotStatus.InForce)
            .ExecuteUpdateAsync(setters => setters.SetProperty(existing => existing.Status, SnapshotStatus.Superseded), cancellationToken);

        context.Add(ListSnapshotEntity.FromRecord(snapshot));
        context.AddRange(parties.Select(party => ToEntity(snapshot.Id, party)));
        context.Add(ToEntity(diff));
        await context.SaveChangesAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<ListDiff?> GetLastDiffAsync(string source, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var json = await (
                from diff in context.Set<ListDiffEntity>().AsNoTracking()
                join snapshot in context.Set<ListSnapshotEntity>() on diff.SnapshotId equals snapshot.Id
                where diff.Source == source
                orderby snapshot.FetchedAt descending
                select diff.EntriesJson)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize(json, ListJson.Default.ListDiff);
    }

    public async Task RecordAttemptAsync(IngestAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.Add(IngestAttemptEntity.FromRecord(attempt));
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<IngestAttempt?> GetLastAttemptAsync(string source, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await context.Set<IngestAttemptEntity>().AsNoTracking()
            .Where(attempt => attempt.Source == source)
            .OrderByDescending(attempt => attempt.StartedAt)
            .ThenByDescending(attempt => attempt.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return entity?.ToRecord();
    }

    public async Task<ListDownloadState?> GetAsync(string source, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await context.Set<ListDownloadStateEntity>().AsNoTracking()
            .FirstOrDefaultAsync(state => state.Source == source, cancellationToken);
        return entity?.ToRecord();
    }

    public async Task SaveAsync(ListDownloadState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await context.Set<ListDownloadStateEntity>()
            .FirstOrDefaultAsync(existing => existing.Source == state.Source, cancellationToken);
        if (entity is null)
        {
            entity = new ListDownloadStateEntity { Source = state.Source, Url = state.Url };
            context.Add(entity);
        }

        entity.Url = state.Url;
        entity.ETag = state.ETag;
        entity.LastModified = state.LastModified;
        await context.SaveChangesAsync(cancellationToken);
    }

    private static ListedPartyEntity ToEntity(string snapshotId, ListedParty party) => new()
    {
        SnapshotId = snapshotId,
        Source = party.Source,
        SourceEntityId = party.SourceEntityId,
        PrimaryName = party.PrimaryName,
        PartyJson = JsonSerializer.Serialize(party, ListJson.Default.ListedParty),
    };

    private static ListDiffEntity ToEntity(ListDiff diff) => new()
    {
        SnapshotId = diff.SnapshotId,
        Source = diff.Source,
        PreviousSnapshotId = diff.PreviousSnapshotId,
        AddedCount = diff.Added.Count,
        RemovedCount = diff.Removed.Count,
        ChangedCount = diff.Changed.Count,
        EntriesJson = JsonSerializer.Serialize(diff, ListJson.Default.ListDiff),
    };

    private static ListedParty DeserializeParty(string json) =>
        JsonSerializer.Deserialize(json, ListJson.Default.ListedParty)
        ?? throw new InvalidDataException("A stored listed party is the JSON literal null; the ListedParties table is damaged.");
}
