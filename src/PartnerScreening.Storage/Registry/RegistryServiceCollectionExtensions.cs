using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Storage.Registry.Import;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.Storage.Registry;

public static class RegistryServiceCollectionExtensions
{
    /// <summary>Registers the registry store, the ledger importer, and the rescreening and decision stores; needs the storage services and a <see cref="TimeProvider"/>.</summary>
    public static IServiceCollection AddPartnerRegistry(this IServiceCollection services)
    {
        services.AddSingleton<RegistryStore>();
        services.AddSingleton<LedgerImporter>();
        services.AddSingleton<RescreenSubjects>();
        services.AddSingleton<RescreenStore>();
        services.AddSingleton<DecisionService>();
        return services;
    }
}
