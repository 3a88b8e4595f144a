using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnerScreening.Storage.Lists;

/// <summary>
/// Row of table <c>ListDiffs</c>: the change a snapshot brought against the one it superseded. The counts are
/// columns; the entries are stored as JSON in <see cref="EntriesJson"/>.
/// </summary>
public sealed class ListDiffEntity
{
    public required string SnapshotId { get; set; }

    public required string Source { get; set; }

    public string? PreviousSnapshotId { get; set; }

    public int AddedCount { get; set; }

    public int RemovedCount { get; set; }

    public int ChangedCount { get; set; }

    public required string EntriesJson { get; set; }
}

internal sealed class ListDiffEntityConfiguration : IEntityTypeConfiguration<ListDiffEntity>
{
    public void Configure(EntityTypeBuilder<ListDiffEntity> builder)
    {
        builder.ToTable("ListDiffs");
        builder.HasKey(diff => diff.SnapshotId);
        builder.Property(diff => diff.SnapshotId).HasMaxLength(100);
        builder.Property(diff => diff.PreviousSnapshotId).HasMaxLength(100);
        builder.Property(diff => diff.Source).HasMaxLength(50);
        builder.HasOne<ListSnapshotEntity>()
            .WithOne()
            .HasForeignKey<ListDiffEntity>(diff => diff.SnapshotId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
