using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PartnerScreening.Storage.Screenings;

/// <summary>
/// One stored screening: the audit trail entry of who screened which name, when, against which list versions,
/// and what came back. Rows are only ever inserted.
/// </summary>
public sealed class ScreeningRecord
{
    /// <summary>Public id of the screening, 32 lower-case hex digits.</summary>
    public required string Id { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary><c>api-key</c> or <c>officer</c>.</summary>
    public required string ActorKind { get; init; }

    /// <summary>The API key name or the officer's user name.</summary>
    public required string Actor { get; init; }

    public required string SubjectName { get; init; }

    public string? Country { get; init; }

    /// <summary><c>clear</c>, <c>review</c> or <c>alert</c>.</summary>
    public required string Decision { get; init; }

    public double TopScore { get; init; }

    public int HitCount { get; init; }

    public required string IndexVersion { get; init; }

    /// <summary>Snapshot ids the index was built from, separated by spaces.</summary>
    public required string SnapshotIds { get; init; }

    /// <summary>The request as received, serialised as JSON.</summary>
    public required string RequestJson { get; init; }

    /// <summary>The result returned to the caller, serialised as JSON.</summary>
    public required string ResultJson { get; init; }
}

internal sealed class ScreeningRecordConfiguration : IEntityTypeConfiguration<ScreeningRecord>
{
    public void Configure(EntityTypeBuilder<ScreeningRecord> builder)
    {
        builder.ToTable("Screenings");
        builder.HasKey(record => record.Id);
        builder.Property(record => record.Id).HasMaxLength(32);
        builder.Property(record => record.ActorKind).HasMaxLength(16);
        builder.Property(record => record.Actor).HasMaxLength(256);
        builder.Property(record => record.SubjectName).HasMaxLength(500);
        builder.Property(record => record.Country).HasMaxLength(2);
        builder.Property(record => record.Decision).HasMaxLength(16);
        builder.Property(record => record.IndexVersion).HasMaxLength(128);
        // SQLite cannot order by DateTimeOffset; the binary form sorts by instant for UTC values.
        builder.Property(record => record.CreatedAt).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.HasIndex(record => record.CreatedAt);
        builder.HasIndex(record => new { record.Actor, record.CreatedAt });
    }
}
