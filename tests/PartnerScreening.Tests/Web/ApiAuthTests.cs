using Xunit;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;

namespace PartnerScreening.Tests.Web;

public sealed class ApiAuthTests : IClassFixture<ApiAuthTests.Fixture>
{
    private readonly Fixture _fixture;

    public ApiAuthTests(Fixture fixture) => _fixture = fixture;

    [Fact]
    public async Task PostScreening_WithoutApiKey_Returns401Problem()
    {
        using var client = _fixture.Factory.CreateClient();

        using var response = await client.PostAsync("/api/v1/screenings", ApiTestData.Subject("Example"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ApiTestData.ReadJsonAsync(response);
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostScreening_WithUnknownApiKey_Returns401()
    {
        using var client = _fixture.Factory.CreateApiClient("psk_not-a-real-key");

        using var response = await client.PostAsync("/api/v1/screenings", ApiTestData.Subject("Example"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await ApiTestData.ReadJsonAsync(response);
        Assert.Contains("not valid", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostScreening_WithRevokedApiKey_Returns403()
    {
        var key = await _fixture.Factory.CreateApiKeyAsync("revoked-caller");
        Assert.True(await _fixture.Factory.RevokeApiKeyAsync("revoked-caller"));
        using var client = _fixture.Factory.CreateApiClient(key);

        using var response = await client.PostAsync("/api/v1/screenings", ApiTestData.Subject("Example"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await ApiTestData.ReadJsonAsync(response);
        Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLists_WithoutApiKey_Returns401()
    {
        using var client = _fixture.Factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/lists", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CreateApiKey_DuplicateName_IsRejected()
    {
        await _fixture.Factory.CreateApiKeyAsync("duplicate-caller");

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => _fixture.Factory.CreateApiKeyAsync("duplicate-caller"));

        Assert.Contains("already exists", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateApiKey_StoresOnlyTheHash()
    {
        var key = await _fixture.Factory.CreateApiKeyAsync("hash-check");

        var hashes = await _fixture.ReadKeyHashesAsync();

        Assert.DoesNotContain(hashes, hash => hash.Contains(key, StringComparison.Ordinal));
        Assert.Contains(Auth.ApiKeyService.Hash(key), hashes);
        Assert.Equal(64, Auth.ApiKeyService.Hash(key).Length);
    }

    [Fact]
    public async Task PostScreening_OverRateLimit_Returns429WithRetryAfter()
    {
        using var factory = new PartnerScreeningFactory(new Dictionary<string, string?>
        {
            ["Api:RateLimit:PermitsPerSecond"] = "1",
            ["Api:RateLimit:Burst"] = "2",
        });
        var key = await factory.CreateApiKeyAsync("limited-caller");
        using var client = factory.CreateApiClient(key);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (var i = 0; i < 5 && rejected is null; i++)
        {
            var response = await client.PostAsync("/api/v1/screenings", ApiTestData.Json("{}"), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                rejected = response;
            }
        }

        Assert.NotNull(rejected);
        Assert.True(rejected.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.All(statuses.SkipLast(1), status => Assert.Equal(HttpStatusCode.BadRequest, status));
    }

    public sealed class Fixture : IDisposable
    {
        public PartnerScreeningFactory Factory { get; } = new();

        public async Task<List<string>> ReadKeyHashesAsync()
        {
            var factory = Factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Storage.PartnerScreeningDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Set<Storage.Screenings.ApiKeyRecord>().Select(record => record.KeyHash));
        }

        public void Dispose() => Factory.Dispose();
    }
}
