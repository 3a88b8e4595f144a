using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Storage.Lists;

/// <summary>Row of table <c>ListIngestAttempts</c>: one ingest attempt of one source, whatever its outcome.</summary>
public sealed class IngestAttemptEntity
{
    public long Id { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public IngestOutcome Outcome { get; set; }

    public string? SnapshotId { get; set; }

    public string? Message { get; set; }

    public string? Origin { get; set; }

    public string? Sha256 { get; set; }

    public int? RecordCount { get; set; }

    public static IngestAttemptEntity FromRecord(IngestAttempt attempt) => new()
    {
        Source = attempt.Source,
        StartedAt = attempt.StartedAt,
        FinishedAt = attempt.FinishedAt,
        Outcome = attempt.Outcome,
        SnapshotId = attempt.SnapshotId,
        Message = attempt.Message,
        Origin = attempt.Origin,
        Sha256 = attempt.Sha256,
        RecordCount = attempt.RecordCount,
    };

    public IngestAttempt ToRecord() => new()
    {
        Source = Source,
        StartedAt = StartedAt,
        FinishedAt = FinishedAt,
        Outcome = Outcome,
        SnapshotId = SnapshotId,
        Message = Message,
        Origin = Origin,
        Sha256 = Sha256,
        RecordCount = RecordCount,
    };
}

internal sealed class IngestAttemptEntityConfiguration : IEntityTypeConfiguration<IngestAttemptEntity>
{
    public void Configure(EntityTypeBuilder<IngestAttemptEntity> builder)
    {
        builder.ToTable("ListIngestAttempts");
        builder.HasKey(attempt => attempt.Id);
        builder.Property(attempt => attempt.Source).HasMaxLength(50);
        builder.Property(attempt => attempt.SnapshotId).HasMaxLength(100);
        builder.Property(attempt => attempt.Sha256).HasMaxLength(64);
        builder.Property(attempt => attempt.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(attempt => attempt.StartedAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.Property(attempt => attempt.FinishedAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.HasIndex(attempt => new { attempt.Source, attempt.StartedAt });
    }
}
