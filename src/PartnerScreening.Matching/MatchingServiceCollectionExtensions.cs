using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnerScreening.Domain;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Evaluation;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;
using PartnerScreening.Matching.Screening;

namespace PartnerScreening.Matching;

/// <summary>Registers the matcher: normaliser, index store, screener, comparer and the rebuild hook.</summary>
public static class MatchingServiceCollectionExtensions
{
    public static IServiceCollection AddPartnerScreeningMatching(this IServiceCollection services, IConfiguration configuration, DataDirectory dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(dataDirectory);

        services.AddOptions<MatchingOptions>()
            .Bind(configuration.GetSection(MatchingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MatchingOptions>, MatchingOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(dataDirectory);
        services.TryAddSingleton(_ => NameNormalizer.Shared);
        services.TryAddSingleton<NameIndexHolder>();
        services.TryAddSingleton<NameIndexBuilder>();
        services.TryAddSingleton<NameIndexStore>();
        services.TryAddSingleton<IndexOpener>();
        services.TryAddSingleton<NameScreener>();
        services.TryAddSingleton<INameScreener>(provider => provider.GetRequiredService<NameScreener>());
        services.TryAddSingleton<NameComparer>();
        services.TryAddSingleton<ScreeningEvaluator>();
        services.AddSingleton<ISnapshotsChangedHandler, IndexRebuildHandler>();
        services.AddHostedService<IndexStartup>();
        return services;
    }
}
