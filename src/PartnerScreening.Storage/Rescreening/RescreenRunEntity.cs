using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerScreening.Domain.Rescreening;

namespace PartnerScreening.Storage.Rescreening;

/// <summary>Row of the <c>RescreenRuns</c> table: one rescreening run, its counts and, when it failed, why.</summary>
public sealed class RescreenRunEntity
{
    public int Id { get; set; }

    /// <summary>What started the run: <c>nightly</c>, <c>after-ingest</c>, <c>cli</c> or <c>manual</c>.</summary>
    public string Trigger { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public RescreenRunStatus Status { get; set; }

    public int SubjectCount { get; set; }

    public int NameCount { get; set; }

    public int HitCount { get; set; }

    public int NewAlertCount { get; set; }

    /// <summary>Hits left without an alert because a decision on them is in force.</summary>
    public int DecidedHitCount { get; set; }

    /// <summary>The index version and list snapshots the run screened against.</summary>
    public string? IndexVersion { get; set; }

    public string? SnapshotIds { get; set; }

    public string? Error { get; set; }

    public List<RescreenHitEntity> Hits { get; set; } = [];
}

/// <summary>Row of the <c>RescreenHits</c> table: the best hit of one subject on one listed party in a run.</summary>
public sealed class RescreenHitEntity
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public SubjectKind SubjectKind { get; set; }

    public int SubjectId { get; set; }

    public string SubjectName { get; set; } = "";

    /// <summary>The subject's name that produced the best score.</summary>
    public string QueryName { get; set; } = "";

    public string PartyKey { get; set; } = "";

    public string Source { get; set; } = "";

    public string SourceEntityId { get; set; } = "";

    public string SnapshotId { get; set; } = "";

    public string ListedName { get; set; } = "";

    public string MatchedName { get; set; } = "";

    public double Score { get; set; }

    public string Fingerprint { get; set; } = "";

    public string ContentJson { get; set; } = "";

    /// <summary>The decision in force on this hit, when there is one.</summary>
    public int? DecisionId { get; set; }
}

internal sealed class RescreenRunEntityConfiguration : IEntityTypeConfiguration<RescreenRunEntity>
{
    public void Configure(EntityTypeBuilder<RescreenRunEntity> builder)
    {
        builder.ToTable("RescreenRuns");
        builder.Property(r => r.Trigger).HasMaxLength(40);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.IndexVersion).HasMaxLength(200);
        builder.Property(r => r.SnapshotIds).HasMaxLength(4000);
        builder.Property(r => r.Error).HasMaxLength(8000);
        builder.HasMany(r => r.Hits).WithOne().HasForeignKey(h => h.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RescreenHitEntityConfiguration : IEntityTypeConfiguration<RescreenHitEntity>
{
    public void Configure(EntityTypeBuilder<RescreenHitEntity> builder)
    {
        builder.ToTable("RescreenHits");
        builder.Property(h => h.SubjectKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.SubjectName).HasMaxLength(500);
        builder.Property(h => h.QueryName).HasMaxLength(500);
        builder.Property(h => h.PartyKey).HasMaxLength(1000);
        builder.Property(h => h.Source).HasMaxLength(50);
        builder.Property(h => h.SourceEntityId).HasMaxLength(200);
        builder.Property(h => h.SnapshotId).HasMaxLength(200);
        builder.Property(h => h.ListedName).HasMaxLength(1000);
        builder.Property(h => h.MatchedName).HasMaxLength(1000);
        builder.Property(h => h.Fingerprint).HasMaxLength(64);
        builder.HasIndex(h => new { h.RunId, h.SubjectKind, h.SubjectId });
    }
}
