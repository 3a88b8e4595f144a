namespace PartnerScreening.Crawling.Crawl;

/// <summary>
/// The websites of registered partners, for <c>crawl --partner ID</c> and the weekly crawl. The partner registry
/// implements it; the crawler itself depends only on this interface.
/// </summary>
public interface IPartnerWebsiteSource
{
    /// <summary>The partner's websites, or null when no partner has <paramref name="partnerId"/>.</summary>
    Task<PartnerWebsites?> FindAsync(string partnerId, CancellationToken cancellationToken);

    /// <summary>Every active partner that has at least one website.</summary>
    Task<IReadOnlyList<PartnerWebsites>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>A partner's id, display name and website addresses.</summary>
public sealed record PartnerWebsites(string PartnerId, string? DisplayName, IReadOnlyList<Uri> Websites)
{
    public CrawlTarget ToTarget() => new(PartnerId, DisplayName, Websites);
}
