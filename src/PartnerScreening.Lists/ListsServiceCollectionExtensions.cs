using System.Net;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using PartnerScreening.Domain;
using PartnerScreening.Lists.Download;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Lists.Snapshots;

namespace PartnerScreening.Lists;

public static class ListsServiceCollectionExtensions
{
    /// <summary>
    /// Registers list ingest: options from section <c>Lists</c> (validated at start-up), the raw store, every
    /// <see cref="IListParser"/> of this assembly, the HttpClient <c>lists</c> with its resilience pipeline, the
    /// downloader and <see cref="ListIngestionService"/>. The snapshot store itself comes from the storage layer.
    /// </summary>
    public static IServiceCollection AddPartnerScreeningLists(
        this IServiceCollection services, IConfiguration configuration, DataDirectory dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(dataDirectory);
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<ListsOptions>()
            .Bind(configuration.GetSection(ListsOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ListsOptions>, ListsOptionsValidator>());

        services.TryAddSingleton<RawListStore>();
        AddParsers(services, typeof(ListsServiceCollectionExtensions).Assembly);
        AddListsHttpClient(services);
        services.TryAddSingleton<ListDownloader>();
        services.TryAddScoped<SnapshotIngester>();
        services.TryAddScoped<ListIngestionService>();
        return services;
    }

    /// <summary>Registers every concrete <see cref="IListParser"/> of the assembly as a singleton.</summary>
    public static IServiceCollection AddParsers(this IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var parserTypes = assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IListParser).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
        foreach (var type in parserTypes)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IListParser), type));
        }

        return services;
    }

    private static void AddListsHttpClient(IServiceCollection services)
    {
        services.AddHttpClient(ListDownloader.HttpClientName, (provider, client) =>
            {
                var http = provider.GetRequiredService<IOptions<ListsOptions>>().Value.Http;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(http.UserAgent);

                // The resilience pipeline enforces the time limits.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 10,
            })
            .AddResilienceHandler("lists", (builder, context) =>
            {
                var http = context.ServiceProvider.GetRequiredService<IOptions<ListsOptions>>().Value.Http;
                builder.AddTimeout(http.TotalTimeout);
                builder.AddRetry(new HttpRetryStrategyOptions
                {
                    // The defaults retry on 5xx, 408, 429 and network errors, and honour Retry-After.
                    MaxRetryAttempts = http.MaxRetryAttempts,
                    Delay = http.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                });
                builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 5,
                    SamplingDuration = http.AttemptTimeout * 2 > TimeSpan.FromSeconds(30) ? http.AttemptTimeout * 2 : TimeSpan.FromSeconds(30),
                    BreakDuration = http.BreakDuration,
                });
                builder.AddTimeout(http.AttemptTimeout);
            })
            .SelectPipelineByAuthority();
    }
}
