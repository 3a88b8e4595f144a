using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Storage.Lists;

internal static class ListStorageRegistration
{
    /// <summary>Registers <see cref="EfListSnapshotStore"/> as the snapshot store and the download-state store.</summary>
    public static IServiceCollection AddListSnapshotStore(this IServiceCollection services)
    {
        services.AddSingleton<EfListSnapshotStore>();
        services.AddSingleton<IListSnapshotStore>(provider => provider.GetRequiredService<EfListSnapshotStore>());
        services.AddSingleton<IListDownloadStateStore>(provider => provider.GetRequiredService<EfListSnapshotStore>());
        return services;
    }
}
