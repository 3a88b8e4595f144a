using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Storage.Registry.Import;

namespace PartnerScreening.Storage.Registry;

public static class RegistryServiceCollectionExtensions
{
    /// <summary>Registers the registry store and the ledger importer; needs the storage services and a <see cref="TimeProvider"/>.</summary>
    public static IServiceCollection AddPartnerRegistry(this IServiceCollection services)
    {
        services.AddSingleton<RegistryStore>();
        services.AddSingleton<LedgerImporter>();
        return services;
    }
}
