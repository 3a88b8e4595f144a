using Microsoft.EntityFrameworkCore;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Domain.Rescreening;

namespace PartnerScreening.Storage.Registry;

/// <summary>Selects what the nightly rescreening screens.</summary>
public sealed class RescreenSubjects(IDbContextFactory<PartnerScreeningDbContext> contextFactory)
{
    /// <summary>
    /// Returns every partner of a live agreement, the home institution of every current researcher (each partner
    /// once), and every current researcher as a person. Archived partners are left out.
    /// </summary>
    public async Task<IReadOnlyList<ScreeningSubject>> ListAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var agreements = await context.Set<AgreementEntity>().AsNoTracking().Where(a => a.ArchivedAt == null).ToListAsync(cancellationToken);
        var researchers = (await context.Set<ResearcherEntity>().AsNoTracking().Where(r => r.ArchivedAt == null).ToListAsync(cancellationToken))
            .Select(r => r.ToRecord())
            .Where(r => r.IsCurrent(today))
            .ToList();

        var partnerIds = agreements.Select(a => a.ToRecord()).Where(a => a.IsLive(today)).Select(a => a.PartnerId)
            .Concat(researchers.Where(r => r.HomeInstitutionId is not null).Select(r => r.HomeInstitutionId!.Value))
            .ToHashSet();
        var partners = await context.Set<PartnerEntity>().AsNoTracking().Include(p => p.Names)
            .Where(p => p.ArchivedAt == null && partnerIds.Contains(p.Id))
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);

        var subjects = partners.Select(p => p.ToRecord()).Select(p => new ScreeningSubject(
            SubjectKind.Partner, p.Id, p.PrimaryName, p.Names.Select(n => n.Value).Distinct(StringComparer.Ordinal).ToArray(), p.Country, PartyKind.Organization)).ToList();
        subjects.AddRange(researchers.Select(r => new ScreeningSubject(
            SubjectKind.Researcher, r.Id, r.Name, new[] { r.Name, r.NameOriginal }.OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray(), r.Nationality, PartyKind.Person)));
        return subjects;
    }
}
