using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnerScreening.Crawling;
using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Domain;
using PartnerScreening.Jobs;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Lists;
using PartnerScreening.Matching;
using PartnerScreening.Registry;
using PartnerScreening.Screenings;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Registry;

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

        // Identity's token providers need data protection in the CLI too ('user create'), not only in 'serve'.
        services.AddDataProtection()
            .SetApplicationName("PartnerScreening")
            .PersistKeysToFileSystem(new DirectoryInfo(dataDirectory.DataProtectionKeysRoot));
        services.AddPartnerScreeningStorage(configuration, dataDirectory);
        services.AddPartnerScreeningLists(configuration, dataDirectory);
        services.AddPartnerScreeningJobs(configuration);
        services.AddScreeningServices(configuration);
        services.AddPartnerRegistry();
        services.AddPartnerScreeningMatching(configuration, dataDirectory);
        services.AddRescreening(configuration);
        services.AddSubjectScreening();
        services.AddPartnerScreeningCrawling(configuration);
        services.TryAddSingleton<IPartnerWebsiteSource, RegistryPartnerWebsiteSource>();
        services.TryAddSingleton<PartnerScreening.Domain.Registry.IPartnerNameKey, MatcherPartnerNameKey>();
        return services;
    }
}
