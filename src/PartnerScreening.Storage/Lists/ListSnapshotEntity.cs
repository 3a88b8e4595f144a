using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Storage.Lists;

/// <summary>Row of table <c>ListSnapshots</c>: the metadata of one parsed edition of a list.</summary>
public sealed class ListSnapshotEntity
{
    public required string Id { get; set; }

    public required string Source { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset FetchedAt { get; set; }

    public DateOnly? Edition { get; set; }

    public int RecordCount { get; set; }

    public required string ParserVersion { get; set; }

    public string? Origin { get; set; }

    public SnapshotStatus Status { get; set; }

    public string? RejectionReason { get; set; }

    public static ListSnapshotEntity FromRecord(ListSnapshot snapshot) => new()
    {
        Id = snapshot.Id,
        Source = snapshot.Source,
        Sha256 = snapshot.Sha256,
        FetchedAt = snapshot.FetchedAt,
        Edition = snapshot.Edition,
        RecordCount = snapshot.RecordCount,
        ParserVersion = snapshot.ParserVersion,
        Origin = snapshot.Origin,
        Status = snapshot.Status,
        RejectionReason = snapshot.RejectionReason,
    };

    public ListSnapshot ToRecord() => new()
    {
        Id = Id,
        Source = Source,
        Sha256 = Sha256,
        FetchedAt = FetchedAt,
        Edition = Edition,
        RecordCount = RecordCount,
        ParserVersion = ParserVersion,
        Origin = Origin,
        Status = Status,
        RejectionReason = RejectionReason,
    };
}

internal sealed class ListSnapshotEntityConfiguration : IEntityTypeConfiguration<ListSnapshotEntity>
{
    public void Configure(EntityTypeBuilder<ListSnapshotEntity> builder)
    {
        builder.ToTable("ListSnapshots");
        builder.HasKey(snapshot => snapshot.Id);
        builder.Property(snapshot => snapshot.Id).HasMaxLength(100);
        builder.Property(snapshot => snapshot.Source).HasMaxLength(50);
        builder.Property(snapshot => snapshot.Sha256).HasMaxLength(64);
        builder.Property(snapshot => snapshot.ParserVersion).HasMaxLength(50);
        builder.Property(snapshot => snapshot.Status).HasConversion<string>().HasMaxLength(20);

        // SQLite cannot order by a DateTimeOffset stored as text; a binary (long) form sorts in both providers.
        builder.Property(snapshot => snapshot.FetchedAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.HasIndex(snapshot => new { snapshot.Source, snapshot.Status });
    }
}
