using Microsoft.EntityFrameworkCore;
using PartnerScreening.Domain.Registry;

namespace PartnerScreening.Storage.Registry;

/// <summary>
/// Reads and writes partners, agreements and researchers. Records are archived, never deleted, so the history of
/// screenings and decisions keeps its subjects.
/// </summary>
public sealed class RegistryStore(IDbContextFactory<PartnerScreeningDbContext> contextFactory, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<Partner>> ListPartnersAsync(bool includeArchived, string? search, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = context.Set<PartnerEntity>().AsNoTracking().Include(p => p.Names).AsQueryable();
        if (!includeArchived)
        {
            query = query.Where(p => p.ArchivedAt == null);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(p => p.Names.Any(n => n.Value.Contains(term)));
        }

        var rows = await query.OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return rows.Select(p => p.ToRecord()).ToArray();
    }

    public async Task<Partner?> GetPartnerAsync(int id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.Set<PartnerEntity>().AsNoTracking().Include(p => p.Names).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return row?.ToRecord();
    }

    public async Task<Partner> CreatePartnerAsync(Partner partner, CancellationToken cancellationToken)
    {
        ThrowIfInvalid(RegistryValidation.Validate(partner));
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var row = new PartnerEntity { CreatedAt = now, UpdatedAt = now };
        row.Apply(partner);
        context.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return row.ToRecord();
    }

    /// <summary>Updates a partner; returns null when it does not exist.</summary>
    public async Task<Partner?> UpdatePartnerAsync(Partner partner, CancellationToken cancellationToken)
    {
        ThrowIfInvalid(RegistryValidation.Validate(partner));
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.Set<PartnerEntity>().Include(p => p.Names).SingleOrDefaultAsync(p => p.Id == partner.Id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        context.RemoveRange(row.Names);
        row.Apply(partner);
        row.UpdatedAt = timeProvider.GetUtcNow();
        await context.SaveChangesAsync(cancellationToken);
        return row.ToRecord();
    }

    /// <summary>Archives a partner; returns false when it does not exist. Archiving twice keeps the first time.</summary>
    public Task<bool> ArchivePartnerAsync(int id, CancellationToken cancellationToken) =>
        ArchiveAsync<PartnerEntity>(id, p => p.Id, (p, at) => p.ArchivedAt ??= at, cancellationToken);

    public async Task<IReadOnlyList<Agreement>> ListAgreementsAsync(int? partnerId, bool includeArchived, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = context.Set<AgreementEntity>().AsNoTracking();
        if (partnerId is { } id)
        {
            query = query.Where(a => a.PartnerId == id);
        }

        if (!includeArchived)
        {
            query = query.Where(a => a.ArchivedAt == null);
        }

        var rows = await query.OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.Select(a => a.ToRecord()).ToArray();
    }

    public async Task<Agreement?> GetAgreementAsync(int id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.Set<AgreementEntity>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return row?.ToRecord();
    }

    public async Task<Agreement> CreateAgreementAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await ThrowIfInvalidAsync(context, agreement, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var row = new AgreementEntity { CreatedAt = now, UpdatedAt = now };
        row.Apply(agreement);
        context.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return row.ToRecord();
    }

    public async Task<Agreement?> UpdateAgreementAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await ThrowIfInvalidAsync(context, agreement, cancellationToken);
        var row = await context.Set<AgreementEntity>().SingleOrDefaultAsync(a => a.Id == agreement.Id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        row.Apply(agreement);
        row.UpdatedAt = timeProvider.GetUtcNow();
        await context.SaveChangesAsync(cancellationToken);
        return row.ToRecord();
    }

    public Task<bool> ArchiveAgreementAsync(int id, CancellationToken cancellationToken) =>
        ArchiveAsync<AgreementEntity>(id, a => a.Id, (a, at) => a.ArchivedAt ??= at, cancellationToken);

    public async Task<IReadOnlyList<Researcher>> ListResearchersAsync(bool includeArchived, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = context.Set<ResearcherEntity>().AsNoTracking();
        if (!includeArchived)
        {
            query = query.Where(r => r.ArchivedAt == null);
        }

        var rows = await query.OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToRecord()).ToArray();
    }

    public async Task<Researcher?> GetResearcherAsync(int id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.Set<ResearcherEntity>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row?.ToRecord();
    }

    public async Task<Researcher> CreateResearcherAsync(Researcher researcher, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await ThrowIfInvalidAsync(context, researcher, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var row = new ResearcherEntity { CreatedAt = now, UpdatedAt = now };
        row.Apply(researcher);
        context.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return row.ToRecord();
    }

    public async Task<Researcher?> UpdateResearcherAsync(Researcher researcher, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await ThrowIfInvalidAsync(context, researcher, cancellationToken);
        var row = await context.Set<ResearcherEntity>().SingleOrDefaultAsync(r => r.Id == researcher.Id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        row.Apply(researcher);
        row.UpdatedAt = timeProvider.GetUtcNow();
        await context.SaveChangesAsync(cancellationToken);
        return row.ToRecord();
    }

    public Task<bool> ArchiveResearcherAsync(int id, CancellationToken cancellationToken) =>
        ArchiveAsync<ResearcherEntity>(id, r => r.Id, (r, at) => r.ArchivedAt ??= at, cancellationToken);

    private async Task<bool> ArchiveAsync<T>(int id, Func<T, int> key, Action<T, DateTimeOffset> archive, CancellationToken cancellationToken)
        where T : class
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.Set<T>().FindAsync([id], cancellationToken);
        if (row is null || key(row) != id)
        {
            return false;
        }

        archive(row, timeProvider.GetUtcNow());
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static async Task ThrowIfInvalidAsync(PartnerScreeningDbContext context, Agreement agreement, CancellationToken cancellationToken)
    {
        var errors = RegistryValidation.Validate(agreement).ToList();
        if (!await context.Set<PartnerEntity>().AnyAsync(p => p.Id == agreement.PartnerId, cancellationToken))
        {
            errors.Add(new("partnerId", $"連携先機関 ID {agreement.PartnerId} は登録されていません。", $"Partner {agreement.PartnerId} does not exist; register the partner first."));
        }

        ThrowIfInvalid(errors);
    }

    private static async Task ThrowIfInvalidAsync(PartnerScreeningDbContext context, Researcher researcher, CancellationToken cancellationToken)
    {
        var errors = RegistryValidation.Validate(researcher).ToList();
        if (researcher.HomeInstitutionId is { } homeId
            && !await context.Set<PartnerEntity>().AnyAsync(p => p.Id == homeId, cancellationToken))
        {
            errors.Add(new("homeInstitutionId", $"所属機関 ID {homeId} は連携先機関として登録されていません。", $"Home institution {homeId} is not a registered partner; register it first."));
        }

        ThrowIfInvalid(errors);
    }

    private static void ThrowIfInvalid(IReadOnlyList<RegistryError> errors)
    {
        if (errors.Count > 0)
        {
            throw new RegistryValidationException(errors);
        }
    }
}
