using PartnerScreening.Jobs.Crawling;
using PartnerScreening.Web.Navigation;

namespace PartnerScreening.Web.Crawl;

/// <summary>The objective-check pages: crawl status, reports, officer terms, and the queue that runs crawls officers start.</summary>
internal static class CrawlPagesSetup
{
    public static IServiceCollection AddCrawlPages(this IServiceCollection services)
    {
        services.AddHostedService(provider => provider.GetRequiredService<PartnerCrawlQueue>());
        services.AddScoped<PartnerCrawlSection>();
        services.AddScoped<OfficerTermForm>();
        services.AddNavigationItem(new NavigationItem("Nav.Crawl", "/Crawl/Index", 80));
        return services;
    }
}
