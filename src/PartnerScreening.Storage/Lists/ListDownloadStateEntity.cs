using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Storage.Lists;

/// <summary>Row of table <c>ListDownloadStates</c>: the HTTP validators of the last accepted download of a source.</summary>
public sealed class ListDownloadStateEntity
{
    public required string Source { get; set; }

    public required string Url { get; set; }

    public string? ETag { get; set; }

    public DateTimeOffset? LastModified { get; set; }

    public ListDownloadState ToRecord() => new(Source, Url, ETag, LastModified);
}

internal sealed class ListDownloadStateEntityConfiguration : IEntityTypeConfiguration<ListDownloadStateEntity>
{
    public void Configure(EntityTypeBuilder<ListDownloadStateEntity> builder)
    {
        builder.ToTable("ListDownloadStates");
        builder.HasKey(state => state.Source);
        builder.Property(state => state.Source).HasMaxLength(50);
        builder.Property(state => state.Url).HasMaxLength(2000);
        builder.Property(state => state.ETag).HasMaxLength(500);
    }
}
