using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnerScreening.Storage.Lists;

/// <summary>
/// Row of table <c>ListedParties</c>: one party of one snapshot. The searchable columns are kept apart;
/// the whole <see cref="Domain.Lists.ListedParty"/> is stored as JSON in <see cref="PartyJson"/>.
/// </summary>
public sealed class ListedPartyEntity
{
    public long Id { get; set; }

    public required string SnapshotId { get; set; }

    public required string Source { get; set; }

    public required string SourceEntityId { get; set; }

    public required string PrimaryName { get; set; }

    public required string PartyJson { get; set; }
}

internal sealed class ListedPartyEntityConfiguration : IEntityTypeConfiguration<ListedPartyEntity>
{
    public void Configure(EntityTypeBuilder<ListedPartyEntity> builder)
    {
        builder.ToTable("ListedParties");
        builder.HasKey(party => party.Id);
        builder.Property(party => party.SnapshotId).HasMaxLength(100);
        builder.Property(party => party.Source).HasMaxLength(50);
        builder.Property(party => party.SourceEntityId).HasMaxLength(200);
        builder.HasIndex(party => new { party.SnapshotId, party.SourceEntityId });
        builder.HasOne<ListSnapshotEntity>()
            .WithMany()
            .HasForeignKey(party => party.SnapshotId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
