using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Screenings;

namespace PartnerScreening.Screenings;

/// <summary>Stores screenings in the audit trail and reads them back.</summary>
public sealed class ScreeningStore(IDbContextFactory<PartnerScreeningDbContext> dbContextFactory, ScreeningWriter writer)
{
    public async Task AddAsync(ScreeningResponse screening, ScreeningRequest request, CancellationToken cancellationToken)
    {
        var record = new ScreeningRecord
        {
            Id = screening.Id,
            CreatedAt = screening.CreatedAt,
            ActorKind = screening.Actor.Kind,
            Actor = screening.Actor.Name,
            SubjectName = screening.Subject.Name ?? "",
            Country = screening.Subject.Country,
            Decision = screening.Decision,
            TopScore = screening.TopScore,
            HitCount = screening.Groups.Sum(group => group.Hits.Count),
            IndexVersion = screening.IndexVersion,
            SnapshotIds = string.Join(' ', screening.SnapshotIds),
            RequestJson = JsonSerializer.Serialize(request, ApiJson.Options),
            ResultJson = JsonSerializer.Serialize(screening, ApiJson.Options),
        };
        await writer.WriteAsync(record, cancellationToken);
    }

    public async Task<ScreeningResponse?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var json = await db.Set<ScreeningRecord>()
            .Where(record => record.Id == id)
            .Select(record => record.ResultJson)
            .SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<ScreeningResponse>(json, ApiJson.Options);
    }

    /// <summary>Returns the latest screenings, newest first, without their results.</summary>
    public async Task<IReadOnlyList<ScreeningRecord>> GetRecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ScreeningRecord>().AsNoTracking()
            .OrderByDescending(record => record.CreatedAt)
            .Take(count)
            .ToListAsync(cancellationToken);
    }
}
