using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerScreening.Domain.Registry;

namespace PartnerScreening.Storage.Registry;

/// <summary>Row of the <c>Researchers</c> table; the three checks are columns of the same row.</summary>
public sealed class ResearcherEntity
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? NameOriginal { get; set; }

    public string? Nationality { get; set; }

    public int? HomeInstitutionId { get; set; }

    public ResearcherScheme Scheme { get; set; }

    public string? HostDepartment { get; set; }

    public DateOnly? StayStart { get; set; }

    public DateOnly? StayEnd { get; set; }

    public ResearcherCheckColumns EntryCheck { get; set; } = new();

    public ResearcherCheckColumns MidStayCheck { get; set; } = new();

    public ResearcherCheckColumns ExitCheck { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }
}

/// <summary>The columns of one researcher check.</summary>
public sealed class ResearcherCheckColumns
{
    public CheckState State { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public string? Note { get; set; }
}

internal sealed class ResearcherEntityConfiguration : IEntityTypeConfiguration<ResearcherEntity>
{
    public void Configure(EntityTypeBuilder<ResearcherEntity> builder)
    {
        builder.ToTable("Researchers");
        builder.Property(r => r.Name).HasMaxLength(300).IsRequired();
        builder.Property(r => r.NameOriginal).HasMaxLength(300);
        builder.Property(r => r.Nationality).HasMaxLength(2);
        builder.Property(r => r.Scheme).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.HostDepartment).HasMaxLength(200);
        builder.HasOne<PartnerEntity>().WithMany().HasForeignKey(r => r.HomeInstitutionId).OnDelete(DeleteBehavior.Restrict);
        ConfigureCheck(builder, r => r.EntryCheck, "EntryCheck");
        ConfigureCheck(builder, r => r.MidStayCheck, "MidStayCheck");
        ConfigureCheck(builder, r => r.ExitCheck, "ExitCheck");
    }

    private static void ConfigureCheck(
        EntityTypeBuilder<ResearcherEntity> builder,
        System.Linq.Expressions.Expression<Func<ResearcherEntity, ResearcherCheckColumns?>> navigation,
        string prefix)
    {
        builder.OwnsOne(navigation, check =>
        {
            check.Property(c => c.State).HasColumnName(prefix + "State").HasConversion<string>().HasMaxLength(40);
            check.Property(c => c.CompletedOn).HasColumnName(prefix + "CompletedOn");
            check.Property(c => c.Note).HasColumnName(prefix + "Note").HasMaxLength(2000);
        });
        builder.Navigation(navigation!).IsRequired();
    }
}
