using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerScreening.Domain.Registry;

namespace PartnerScreening.Storage.Registry;

/// <summary>Row of the <c>Partners</c> table; its names are rows of <c>PartnerNames</c>.</summary>
public sealed class PartnerEntity
{
    public int Id { get; set; }

    /// <summary>The first name, copied here so lists and searches need no join.</summary>
    public string PrimaryName { get; set; } = "";

    /// <summary>The primary name folded by <c>ListedPartyKey.NormaliseName</c>, used to find duplicates.</summary>
    public string NormalisedName { get; set; } = "";

    public string? Country { get; set; }

    public PartnerType Type { get; set; }

    public List<PartnerNameEntity> Names { get; set; } = [];

    public List<string> Websites { get; set; } = [];

    public string? Notes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }

    public List<AgreementEntity> Agreements { get; set; } = [];
}

/// <summary>Row of the <c>PartnerNames</c> table: one name of a partner, in its position order.</summary>
public sealed class PartnerNameEntity
{
    public int Id { get; set; }

    public int PartnerId { get; set; }

    public int Position { get; set; }

    public string Value { get; set; } = "";

    public string? Language { get; set; }
}

internal sealed class PartnerEntityConfiguration : IEntityTypeConfiguration<PartnerEntity>
{
    public void Configure(EntityTypeBuilder<PartnerEntity> builder)
    {
        builder.ToTable("Partners");
        builder.Property(p => p.PrimaryName).HasMaxLength(500).IsRequired();
        builder.Property(p => p.NormalisedName).HasMaxLength(500).IsRequired();
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Notes).HasMaxLength(4000);
        builder.HasIndex(p => new { p.NormalisedName, p.Country });
        builder.HasMany(p => p.Names).WithOne().HasForeignKey(n => n.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Agreements).WithOne().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartnerNameEntityConfiguration : IEntityTypeConfiguration<PartnerNameEntity>
{
    public void Configure(EntityTypeBuilder<PartnerNameEntity> builder)
    {
        builder.ToTable("PartnerNames");
        builder.Property(n => n.Value).HasMaxLength(500).IsRequired();
        builder.Property(n => n.Language).HasMaxLength(20);
    }
}
