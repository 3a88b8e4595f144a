using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerScreening.Domain.Rescreening;

namespace PartnerScreening.Storage.Rescreening;

/// <summary>
/// Row of the append-only <c>Decisions</c> table: an officer's decision on the pair (subject, listed party), with
/// the listed party's content and fingerprint as they were when the officer decided. The newest row of a pair is
/// the decision in force.
/// </summary>
public sealed class DecisionEntity
{
    public int Id { get; set; }

    public SubjectKind SubjectKind { get; set; }

    public int SubjectId { get; set; }

    /// <summary>The listed party key (see <see cref="ListedPartyKey"/>).</summary>
    public string PartyKey { get; set; } = "";

    public string Source { get; set; } = "";

    public string SourceEntityId { get; set; } = "";

    public string SnapshotId { get; set; } = "";

    public string PartyName { get; set; } = "";

    public string Fingerprint { get; set; } = "";

    /// <summary>The listed party content as JSON (<see cref="ListedPartyContent"/>), to show what changed later.</summary>
    public string ContentJson { get; set; } = "";

    public DecisionKind Kind { get; set; }

    public string? Reason { get; set; }

    public string DecidedBy { get; set; } = "";

    public DateTimeOffset DecidedAt { get; set; }
}

internal sealed class DecisionEntityConfiguration : IEntityTypeConfiguration<DecisionEntity>
{
    public void Configure(EntityTypeBuilder<DecisionEntity> builder)
    {
        builder.ToTable("Decisions");
        builder.Property(d => d.SubjectKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.PartyKey).HasMaxLength(1000).IsRequired();
        builder.Property(d => d.Source).HasMaxLength(50);
        builder.Property(d => d.SourceEntityId).HasMaxLength(200);
        builder.Property(d => d.SnapshotId).HasMaxLength(200);
        builder.Property(d => d.PartyName).HasMaxLength(1000);
        builder.Property(d => d.Fingerprint).HasMaxLength(64);
        builder.Property(d => d.Reason).HasMaxLength(4000);
        builder.Property(d => d.DecidedBy).HasMaxLength(256);
        builder.HasIndex(d => new { d.SubjectKind, d.SubjectId, d.PartyKey });
    }
}
