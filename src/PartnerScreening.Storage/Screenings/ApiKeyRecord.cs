using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnerScreening.Storage.Screenings;

/// <summary>
/// An API key of an intake caller. Only the SHA-256 of the key is stored; the key itself is shown once, when it is created.
/// </summary>
public sealed class ApiKeyRecord
{
    public int Id { get; init; }

    /// <summary>Name of the caller, unique, e.g. <c>intake-form</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public required string KeyHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the key was revoked; a revoked key is kept so that its use is answered with 403.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}

internal sealed class ApiKeyRecordConfiguration : IEntityTypeConfiguration<ApiKeyRecord>
{
    public void Configure(EntityTypeBuilder<ApiKeyRecord> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(key => key.Id);
        builder.Property(key => key.Name).HasMaxLength(100);
        builder.Property(key => key.KeyHash).HasMaxLength(64);
        builder.HasIndex(key => key.Name).IsUnique();
        builder.HasIndex(key => key.KeyHash).IsUnique();
    }
}
