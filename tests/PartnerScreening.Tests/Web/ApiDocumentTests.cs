using Xunit;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace PartnerScreening.Tests.Web;

public sealed class ApiDocumentTests : IClassFixture<ApiDocumentTests.Fixture>
{
    private readonly Fixture _fixture;

    public ApiDocumentTests(Fixture fixture) => _fixture = fixture;

    [Fact]
    public async Task OpenApiDocument_ListsTheScreeningEndpoints()
    {
        using var client = _fixture.Factory.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ApiTestData.ReadJsonAsync(response);
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/screenings", out _));
        Assert.True(paths.TryGetProperty("/api/v1/screenings/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/lists", out _));
    }

    [Fact]
    public async Task Scalar_ServesTheBrowsableReference()
    {
        using var client = _fixture.Factory.CreateClient();

        using var response = await client.GetAsync("/scalar", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_AnswersJsonWithTheDatabaseCheck()
    {
        using var client = _fixture.Factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/health", TestContext.Current.CancellationToken);

        var health = await ApiTestData.ReadJsonAsync(response);
        Assert.Equal("healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.True(health.GetProperty("checks").TryGetProperty("index", out _));
    }

    [Fact]
    public async Task Liveness_Returns200()
    {
        using var client = _fixture.Factory.CreateClient();

        using var response = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public sealed class Fixture : IDisposable
    {
        public PartnerScreeningFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }
}
