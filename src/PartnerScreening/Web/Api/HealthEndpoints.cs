using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Screenings;
using PartnerScreening.Storage;

namespace PartnerScreening.Web.Api;

/// <summary>
/// Health checks: the database answers, and a name index is in force. Served at <c>/api/v1/health</c> as JSON
/// (200 when healthy or degraded, 503 when unhealthy) and at <c>/health/live</c> for a bare liveness probe.
/// </summary>
internal static class HealthEndpoints
{
    public static IServiceCollection AddPartnerScreeningHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<IndexHealthCheck>("index");
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/api/v1/health", new HealthCheckOptions { ResponseWriter = WriteJsonAsync })
            .WithDisplayName("Health");
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        return endpoints;
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString().ToLowerInvariant(), description = entry.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, ApiJson.Options));
    }

    private sealed class DatabaseHealthCheck(IDbContextFactory<PartnerScreeningDbContext> dbContextFactory) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database cannot be reached; check Storage:ConnectionString.");
        }
    }

    private sealed class IndexHealthCheck(IServiceProvider services) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var screener = services.GetService<INameScreener>();
            if (screener is null)
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("No name matcher is registered in this build; screenings cannot run."));
            }

            var version = screener.CurrentVersion;
            return Task.FromResult(version is null
                ? HealthCheckResult.Degraded("No name index is built yet; screenings answer 503 until the first ingest finishes.")
                : HealthCheckResult.Healthy($"Index {version.Id} built {version.BuiltAt:O} from {version.SnapshotIds.Count} snapshots."));
        }
    }
}
