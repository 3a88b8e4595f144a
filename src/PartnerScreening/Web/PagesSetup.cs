using Microsoft.AspNetCore.Mvc.ApplicationParts;
using PartnerScreening.Hosting;
using PartnerScreening.Web.Crawl;
using PartnerScreening.Web.Localization;
using PartnerScreening.Web.Navigation;

namespace PartnerScreening.Web;

/// <summary>
/// Razor Pages of the officer UI. Every page under <c>/Web/Pages</c> needs a signed-in officer except the
/// account pages; a page folder added by another area (partners, agreements, researchers, alerts) gets the same rule.
/// </summary>
internal static class PagesSetup
{
    public static IServiceCollection AddPartnerScreeningPages(this IServiceCollection services)
    {
        services.AddUiLocalization();
        services.AddRazorPages(pages =>
            {
                pages.RootDirectory = "/Web/Pages";
                pages.Conventions.AuthorizeFolder("/", DatabaseInitializer.OfficerRole);
                pages.Conventions.AllowAnonymousToFolder("/Account");
            })
            .AddViewLocalization()
            .ConfigureApplicationPartManager(AddOwnParts);
        services.AddHostedService(provider => provider.GetRequiredService<Screenings.Batch.BatchScreeningService>());
        services.AddHttpContextAccessor();
        services.AddScoped<Pages.Shared.LayoutModel>();
        services.AddNavigationItem(new NavigationItem("Nav.Search", "/Search/Index", 10));
        services.AddNavigationItem(new NavigationItem("Nav.Batch", "/Batch/Index", 20));
        services.AddNavigationItem(new NavigationItem("Nav.Screenings", "/Screenings/Index", 30));
        services.AddNavigationItem(new NavigationItem("Nav.Lists", "/Lists/Index", 40));
        services.AddNavigationItem(new NavigationItem("Nav.Partners", "/Partners/Index", 50));
        services.AddNavigationItem(new NavigationItem("Nav.Agreements", "/Agreements/Index", 52));
        services.AddNavigationItem(new NavigationItem("Nav.Researchers", "/Researchers/Index", 54));
        services.AddNavigationItem(new NavigationItem("Nav.Alerts", "/Alerts/Index", 60));
        services.AddNavigationItem(new NavigationItem("Nav.Rescreen", "/Rescreen/Index", 70));
        services.AddCrawlPages();
        return services;
    }

    // MVC discovers pages in the host's application assembly; a host started by a test runner names another one,
    // so the pages and compiled views of this assembly are added when missing.
    private static void AddOwnParts(ApplicationPartManager manager)
    {
        var assembly = typeof(PagesSetup).Assembly;
        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
        {
            if (!manager.ApplicationParts.Any(existing => existing.GetType() == part.GetType() && existing.Name == part.Name))
            {
                manager.ApplicationParts.Add(part);
            }
        }
    }
}
