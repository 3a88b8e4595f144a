using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerScreening.Domain.Registry;

namespace PartnerScreening.Storage.Registry;

/// <summary>Row of the <c>Agreements</c> table.</summary>
public sealed class AgreementEntity
{
    public int Id { get; set; }

    public int PartnerId { get; set; }

    public AgreementKind Kind { get; set; }

    public string? Department { get; set; }

    public string? ResponsibleResearcher { get; set; }

    public string? Title { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public AgreementStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }
}

internal sealed class AgreementEntityConfiguration : IEntityTypeConfiguration<AgreementEntity>
{
    public void Configure(EntityTypeBuilder<AgreementEntity> builder)
    {
        builder.ToTable("Agreements");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Department).HasMaxLength(200);
        builder.Property(a => a.ResponsibleResearcher).HasMaxLength(200);
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.HasIndex(a => a.PartnerId);
    }
}
