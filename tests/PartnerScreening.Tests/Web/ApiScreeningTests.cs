using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Screenings;
using PartnerScreening.Testing;
using Xunit;

namespace PartnerScreening.Tests.Web;

/// <summary>Screenings through the API on the real METI End User List, the real matcher and a real SQLite file.</summary>
public sealed class ApiScreeningTests : IClassFixture<ApiScreeningTests.Fixture>
{
    private readonly Fixture _fixture;

    public ApiScreeningTests(Fixture fixture) => _fixture = fixture;

    [Fact]
    public async Task PostScreening_ListedUniversity_ReturnsAlertWithExplainedHit()
    {
        using var response = await _fixture.Client.PostAsJsonAsync(
            "/api/v1/screenings",
            new { subject = new { name = "Harbin Institute of Technology", country = "CN", kind = "organization" } },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var screening = await ApiTestData.ReadJsonAsync(response);
        Assert.Equal($"/api/v1/screenings/{screening.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        Assert.Equal("alert", screening.GetProperty("decision").GetString());
        var firstHit = screening.GetProperty("groups")[0].GetProperty("hits")[0];
        Assert.Equal(ListSourceIds.MetiEndUserList, firstHit.GetProperty("source").GetString());
        Assert.Contains("Harbin Institute of Technology", firstHit.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(firstHit.GetProperty("explanation").GetProperty("summaryJa").GetString()));
        Assert.StartsWith("meti-eul-", screening.GetProperty("snapshotIds")[0].GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(screening.GetProperty("indexVersion").GetString()));
        Assert.Equal(JsonValueKindArray, screening.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public async Task PostScreening_KanjiName_FindsTheListedUniversity()
    {
        using var response = await _fixture.Client.PostAsJsonAsync(
            "/api/v1/screenings", new { subject = new { name = "哈爾浜工業大学" } }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var screening = await ApiTestData.ReadJsonAsync(response);
        var firstHit = screening.GetProperty("groups")[0].GetProperty("hits")[0];
        Assert.Contains("Harbin Institute of Technology", firstHit.GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostScreening_UnrelatedName_ReturnsClear()
    {
        using var response = await _fixture.Client.PostAsJsonAsync(
            "/api/v1/screenings", new { subject = new { name = "Quiet Meadow Bakery" } }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var screening = await ApiTestData.ReadJsonAsync(response);
        Assert.Equal("clear", screening.GetProperty("decision").GetString());
        Assert.Equal(0, screening.GetProperty("groups").GetArrayLength());
    }

    [Fact]
    public async Task PostScreening_AliasMatches_ReportsTheAliasUsed()
    {
        using var response = await _fixture.Client.PostAsJsonAsync(
            "/api/v1/screenings",
            new { subject = new { name = "Quiet Meadow Bakery", aliases = new[] { "Harbin Institute of Technology" } } },
            TestContext.Current.CancellationToken);

        var screening = await ApiTestData.ReadJsonAsync(response);
        var firstHit = screening.GetProperty("groups")[0].GetProperty("hits")[0];
        Assert.Equal("Harbin Institute of Technology", firstHit.GetProperty("queryName").GetString());
    }

    [Fact]
    public async Task PostScreening_IsStoredInTheAuditTrail()
    {
        using var response = await _fixture.Client.PostAsJsonAsync(
            "/api/v1/screenings", new { subject = new { name = "Beihang University" } }, TestContext.Current.CancellationToken);
        var id = (await ApiTestData.ReadJsonAsync(response)).GetProperty("id").GetString();

        var contextFactory = _fixture.Factory.Services.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>();
        await using var db = await contextFactory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var record = await db.Set<ScreeningRecord>().SingleAsync(item => item.Id == id, TestContext.Current.CancellationToken);

        Assert.Equal("api-key", record.ActorKind);
        Assert.Equal("screening-tests", record.Actor);
        Assert.Equal("Beihang University", record.SubjectName);
        Assert.Contains("meti-eul-", record.SnapshotIds, StringComparison.Ordinal);
        Assert.Contains("Beihang University", record.RequestJson, StringComparison.Ordinal);
        Assert.Contains(id!, record.ResultJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetScreening_SameKey_ReturnsTheStoredScreening()
    {
        using var created = await _fixture.Client.PostAsJsonAsync(
            "/api/v1/screenings", new { subject = new { name = "Harbin Institute of Technology" } }, TestContext.Current.CancellationToken);
        var posted = await ApiTestData.ReadJsonAsync(created);

        using var response = await _fixture.Client.GetAsync(created.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await ApiTestData.ReadJsonAsync(response);
        Assert.Equal(posted.GetProperty("id").GetString(), read.GetProperty("id").GetString());
        Assert.Equal(posted.GetProperty("decision").GetString(), read.GetProperty("decision").GetString());
        Assert.Equal(posted.GetProperty("groups").GetArrayLength(), read.GetProperty("groups").GetArrayLength());
    }

    [Fact]
    public async Task GetScreening_OtherKey_Returns404()
    {
        using var created = await _fixture.Client.PostAsJsonAsync(
            "/api/v1/screenings", new { subject = new { name = "Harbin Institute of Technology" } }, TestContext.Current.CancellationToken);
        var otherKey = await _fixture.Factory.CreateApiKeyAsync("other-caller");
        using var other = _fixture.Factory.CreateApiClient(otherKey);

        using var response = await other.GetAsync(created.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetLists_ReportsTheSnapshotInForce()
    {
        using var response = await _fixture.Client.GetAsync("/api/v1/lists", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lists = await ApiTestData.ReadJsonAsync(response);
        var meti = lists.GetProperty("sources").EnumerateArray().Single(source => source.GetProperty("id").GetString() == ListSourceIds.MetiEndUserList);
        Assert.Equal(835, meti.GetProperty("inForce").GetProperty("recordCount").GetInt32());
        Assert.Equal("accepted", meti.GetProperty("lastAttempt").GetProperty("outcome").GetString());
        Assert.False(meti.GetProperty("sample").GetBoolean());
        var un = lists.GetProperty("sources").EnumerateArray().Single(source => source.GetProperty("id").GetString() == ListSourceIds.UnSecurityCouncil);
        Assert.False(un.TryGetProperty("inForce", out _));
    }

    [Fact]
    public async Task Health_WithIndex_ReturnsHealthy()
    {
        using var client = _fixture.Factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await ApiTestData.ReadJsonAsync(response);
        Assert.Equal("healthy", health.GetProperty("status").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindArray = System.Text.Json.JsonValueKind.Array;

    public sealed class Fixture : IAsyncLifetime
    {
        public PartnerScreeningFactory Factory { get; } = new();

        public HttpClient Client { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                var ingestion = scope.ServiceProvider.GetRequiredService<ListIngestionService>();
                var result = await ingestion.IngestFileAsync(
                    SharedPaths.List("meti-eul", "20250929_4.xlsx"), ListSourceIds.MetiEndUserList, CancellationToken.None);
                Assert.True(result.Succeeded, "The METI End User List could not be ingested.");
            }

            Client = Factory.CreateApiClient(await Factory.CreateApiKeyAsync("screening-tests"));
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
        }
    }
}
