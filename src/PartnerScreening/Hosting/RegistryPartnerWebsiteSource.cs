using System.Globalization;
using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Storage.Registry;

namespace PartnerScreening.Hosting;

/// <summary>
/// Gives the crawler the websites stored in the partner registry. It lives in the executable because the crawler and the
/// registry do not reference each other.
/// </summary>
internal sealed class RegistryPartnerWebsiteSource(RegistryStore registry) : IPartnerWebsiteSource
{
    public async Task<PartnerWebsites?> FindAsync(string partnerId, CancellationToken cancellationToken)
    {
        if (!int.TryParse(partnerId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var partner = await registry.GetPartnerAsync(id, cancellationToken);
        return partner is null ? null : ToWebsites(partner);
    }

    public async Task<IReadOnlyList<PartnerWebsites>> ListAsync(CancellationToken cancellationToken)
    {
        var partners = await registry.ListPartnersAsync(includeArchived: false, search: null, cancellationToken);
        return [.. partners.Select(ToWebsites).Where(p => p.Websites.Count > 0)];
    }

    private static PartnerWebsites ToWebsites(Domain.Registry.Partner partner) => new(
        partner.Id.ToString(CultureInfo.InvariantCulture),
        partner.PrimaryName,
        [.. partner.Websites.Select(w => Uri.TryCreate(w, UriKind.Absolute, out var url) ? url : null).OfType<Uri>()]);
}
