using PartnerScreening.Domain.Registry;
using PartnerScreening.Domain.Rescreening;

namespace PartnerScreening.Storage.Registry;

/// <summary>Maps registry rows to domain records and back.</summary>
public static class RegistryMapping
{
    public static Partner ToRecord(this PartnerEntity entity) => new()
    {
        Id = entity.Id,
        Names = entity.Names.OrderBy(n => n.Position).Select(n => new PartnerName(n.Value, n.Language)).ToArray(),
        Country = entity.Country,
        Type = entity.Type,
        Websites = entity.Websites.ToArray(),
        Notes = entity.Notes,
        ArchivedAt = entity.ArchivedAt,
    };

    /// <summary>Copies the editable fields of <paramref name="partner"/> onto the row (names replace the old ones).</summary>
    public static void Apply(this PartnerEntity entity, Partner partner)
    {
        entity.Names.Clear();
        entity.Names.AddRange(partner.Names.Select((name, index) => new PartnerNameEntity
        {
            Position = index,
            Value = name.Value.Trim(),
            Language = string.IsNullOrWhiteSpace(name.Language) ? null : name.Language.Trim(),
        }));
        entity.PrimaryName = partner.PrimaryName.Trim();
        entity.NormalisedName = ListedPartyKey.NormaliseName(entity.PrimaryName);
        entity.Country = partner.Country;
        entity.Type = partner.Type;
        entity.Websites = partner.Websites.ToList();
        entity.Notes = partner.Notes;
    }

    public static Agreement ToRecord(this AgreementEntity entity) => new()
    {
        Id = entity.Id,
        PartnerId = entity.PartnerId,
        Kind = entity.Kind,
        Department = entity.Department,
        ResponsibleResearcher = entity.ResponsibleResearcher,
        Title = entity.Title,
        StartDate = entity.StartDate,
        EndDate = entity.EndDate,
        Status = entity.Status,
        ArchivedAt = entity.ArchivedAt,
    };

    public static void Apply(this AgreementEntity entity, Agreement agreement)
    {
        entity.PartnerId = agreement.PartnerId;
        entity.Kind = agreement.Kind;
        entity.Department = agreement.Department;
        entity.ResponsibleResearcher = agreement.ResponsibleResearcher;
        entity.Title = agreement.Title;
        entity.StartDate = agreement.StartDate;
        entity.EndDate = agreement.EndDate;
        entity.Status = agreement.Status;
    }

    public static Researcher ToRecord(this ResearcherEntity entity) => new()
    {
        Id = entity.Id,
        Name = entity.Name,
        NameOriginal = entity.NameOriginal,
        Nationality = entity.Nationality,
        HomeInstitutionId = entity.HomeInstitutionId,
        Scheme = entity.Scheme,
        HostDepartment = entity.HostDepartment,
        StayStart = entity.StayStart,
        StayEnd = entity.StayEnd,
        EntryCheck = ToRecord(entity.EntryCheck),
        MidStayCheck = ToRecord(entity.MidStayCheck),
        ExitCheck = ToRecord(entity.ExitCheck),
        ArchivedAt = entity.ArchivedAt,
    };

    public static void Apply(this ResearcherEntity entity, Researcher researcher)
    {
        entity.Name = researcher.Name.Trim();
        entity.NameOriginal = researcher.NameOriginal;
        entity.Nationality = researcher.Nationality;
        entity.HomeInstitutionId = researcher.HomeInstitutionId;
        entity.Scheme = researcher.Scheme;
        entity.HostDepartment = researcher.HostDepartment;
        entity.StayStart = researcher.StayStart;
        entity.StayEnd = researcher.StayEnd;
        entity.EntryCheck = ToColumns(researcher.EntryCheck);
        entity.MidStayCheck = ToColumns(researcher.MidStayCheck);
        entity.ExitCheck = ToColumns(researcher.ExitCheck);
    }

    private static ResearcherCheck ToRecord(ResearcherCheckColumns columns) => new(columns.State, columns.CompletedOn, columns.Note);

    private static ResearcherCheckColumns ToColumns(ResearcherCheck check) => new()
    {
        State = check.State,
        CompletedOn = check.CompletedOn,
        Note = check.Note,
    };
}
