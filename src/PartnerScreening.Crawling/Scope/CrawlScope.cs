namespace PartnerScreening.Crawling.Scope;

/// <summary>The registrable domains of one partner: a URL is in scope when its host belongs to one of them.</summary>
public sealed class CrawlScope
{
    private readonly PublicSuffixList _suffixes;
    private readonly HashSet<string> _domains;

    public CrawlScope(PublicSuffixList suffixes, IEnumerable<string> registrableDomains)
    {
        _suffixes = suffixes;
        _domains = new HashSet<string>(registrableDomains, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<string> Domains => _domains;

    /// <summary>Builds the scope from the seed URLs; a seed whose host has no registrable domain (an IP address) is scoped to its exact host.</summary>
    public static CrawlScope FromSeeds(PublicSuffixList suffixes, IEnumerable<Uri> seeds) =>
        new(suffixes, seeds.Select(seed => suffixes.GetRegistrableDomain(seed.Host) ?? seed.Host.ToLowerInvariant()).Distinct(StringComparer.OrdinalIgnoreCase));

    public bool Contains(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var domain = _suffixes.GetRegistrableDomain(url.IdnHost) ?? url.Host.ToLowerInvariant();
        return _domains.Contains(domain);
    }
}
