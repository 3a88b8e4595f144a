using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnerScreening.Auth;
using PartnerScreening.Domain;
using PartnerScreening.Testing;
using PartnerScreening.Web;

namespace PartnerScreening.Tests.Web;

/// <summary>
/// Hosts the real web app (the same services and pipeline as <c>serve</c>) on a fresh data directory with a real
/// SQLite file. The scheduler and the first-start download stay off so that tests never reach the network.
/// </summary>
public sealed class PartnerScreeningFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _dataDirectory = new();
    private readonly Dictionary<string, string?> _settings;

    public PartnerScreeningFactory(IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Scheduler:Enabled"] = "false",
            ["FirstStart:Enabled"] = "false",
            ["Api:RateLimit:PermitsPerSecond"] = "10000",
            ["Api:RateLimit:Burst"] = "10000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public DataDirectory DataDirectory => new(_dataDirectory.Path);

    /// <summary>Creates an API key directly through the service the CLI uses and returns it.</summary>
    public Task<string> CreateApiKeyAsync(string name) =>
        Services.GetRequiredService<ApiKeyService>().CreateAsync(name, CancellationToken.None);

    public Task<bool> RevokeApiKeyAsync(string name) =>
        Services.GetRequiredService<ApiKeyService>().RevokeAsync(name, CancellationToken.None);

    /// <summary>A client that sends the given key in X-Api-Key.</summary>
    public HttpClient CreateApiClient(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        return client;
    }

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings))
            .ConfigureWebHostDefaults(web =>
            {
                web.ConfigureServices((context, services) =>
                    services.AddPartnerScreeningWeb(context.Configuration, DataDirectory.EnsureCreated()));
                web.Configure(app => app.UsePartnerScreeningWeb());
            });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _dataDirectory.Dispose();
        }
    }
}
