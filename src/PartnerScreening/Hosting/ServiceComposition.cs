using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerScreening.Crawling;
using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Domain;
using PartnerScreening.Jobs.Crawling;
using PartnerScreening.Screenings;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Registry;
using Quartz;

namespace PartnerScreening.Hosting;

/// <summary>
/// The composition root shared by <c>serve</c> and the command-line subcommands, so both run the same code.
/// Each area adds its registrations here.
/// </summary>
internal static class ServiceComposition
{
    public static IServiceCollection AddPartnerScreening(
        this IServiceCollection services, IConfiguration configuration, DataDirectory dataDirectory)
    {
        services.AddSingleton(dataDirectory);
        services.AddSingleton(TimeProvider.System);
        services.AddPartnerScreeningStorage(configuration, dataDirectory);
        services.AddScreeningServices(configuration);
        services.AddPartnerRegistry();
        services.AddPartnerScreeningCrawling(configuration);
        services.TryAddSingleton<IPartnerWebsiteSource, RegistryPartnerWebsiteSource>();
        services.AddCrawlPartners(configuration);

        // The one AddQuartz of the container: this Quartz version rejects a second registration, so every job
        // adds itself inside this callback. The scheduler runs only where a Quartz hosted service is added (serve).
        services.AddQuartz(quartz => quartz.AddCrawlPartnersJob(configuration));
        return services;
    }
}
