using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerScreening.Domain.Rescreening;

namespace PartnerScreening.Storage.Rescreening;

/// <summary>Row of the <c>Alerts</c> table: a hit the rescreening raised for the officer's inbox.</summary>
public sealed class AlertEntity
{
    public int Id { get; set; }

    public int RunId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public AlertReason Reason { get; set; }

    public SubjectKind SubjectKind { get; set; }

    public int SubjectId { get; set; }

    public string SubjectName { get; set; } = "";

    public string QueryName { get; set; } = "";

    public string PartyKey { get; set; } = "";

    public string Source { get; set; } = "";

    public string SourceEntityId { get; set; } = "";

    public string SnapshotId { get; set; } = "";

    public string ListedName { get; set; } = "";

    public string MatchedName { get; set; } = "";

    public double Score { get; set; }

    public double? PreviousScore { get; set; }

    /// <summary>What changed in the listed party, one change per line, when <see cref="Reason"/> is a change.</summary>
    public string? Changes { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }
}

internal sealed class AlertEntityConfiguration : IEntityTypeConfiguration<AlertEntity>
{
    public void Configure(EntityTypeBuilder<AlertEntity> builder)
    {
        builder.ToTable("Alerts");
        builder.Property(a => a.Reason).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.SubjectKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.SubjectName).HasMaxLength(500);
        builder.Property(a => a.QueryName).HasMaxLength(500);
        builder.Property(a => a.PartyKey).HasMaxLength(1000);
        builder.Property(a => a.Source).HasMaxLength(50);
        builder.Property(a => a.SourceEntityId).HasMaxLength(200);
        builder.Property(a => a.SnapshotId).HasMaxLength(200);
        builder.Property(a => a.ListedName).HasMaxLength(1000);
        builder.Property(a => a.MatchedName).HasMaxLength(1000);
        builder.Property(a => a.Changes).HasMaxLength(8000);
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(256);
        builder.HasIndex(a => a.AcknowledgedAt);
        builder.HasIndex(a => a.RunId);
    }
}
