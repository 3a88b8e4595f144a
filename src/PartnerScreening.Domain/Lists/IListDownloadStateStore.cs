namespace PartnerScreening.Domain.Lists;

/// <summary>
/// The validators of the last accepted download of each source, sent back as <c>If-None-Match</c> and
/// <c>If-Modified-Since</c> so an unchanged file is not downloaded again.
/// </summary>
public interface IListDownloadStateStore
{
    Task<ListDownloadState?> GetAsync(string source, CancellationToken cancellationToken);

    Task SaveAsync(ListDownloadState state, CancellationToken cancellationToken);
}

/// <summary>The HTTP validators of the primary file of a source, and the URL they belong to.</summary>
public sealed record ListDownloadState(string Source, string Url, string? ETag, DateTimeOffset? LastModified);
