using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Testing;

namespace PartnerScreening.Tests.Web;

// Screens through the API with the METI End User List and the ASPI University Tracker (a reference-only list) in force.
public sealed class ReferenceListDecisionTests : IClassFixture<ReferenceListDecisionTests.Fixture>
{
    private readonly Fixture _fixture;

    public ReferenceListDecisionTests(Fixture fixture) => _fixture = fixture;

    [Fact]
    public async Task PostScreening_OnlyReferenceHit_ReviewNotAlert()
    {
        using var response = await _fixture.Client.PostAsJsonAsync(
            "/api/v1/screenings", new { subject = new { name = "東北大学", country = "JP" } }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var screening = await ApiTestData.ReadJsonAsync(response);
        var hits = screening.GetProperty("groups").EnumerateArray().SelectMany(group => group.GetProperty("hits").EnumerateArray()).ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Equal(ListSourceIds.AspiUniTracker, hit.GetProperty("source").GetString()));
        Assert.All(hits, hit => Assert.True(hit.GetProperty("referenceOnly").GetBoolean()));
        Assert.True(screening.GetProperty("topScore").GetDouble() >= 85, "The ASPI entry is expected to score at or above the alert threshold.");
        Assert.Equal("review", screening.GetProperty("decision").GetString());
    }

    [Fact]
    public async Task PostScreening_LegalListHit_StillAlert()
    {
        using var response = await _fixture.Client.PostAsJsonAsync(
            "/api/v1/screenings", new { subject = new { name = "Harbin Institute of Technology", country = "CN" } }, TestContext.Current.CancellationToken);

        var screening = await ApiTestData.ReadJsonAsync(response);
        var hits = screening.GetProperty("groups").EnumerateArray().SelectMany(group => group.GetProperty("hits").EnumerateArray()).ToList();
        Assert.Contains(hits, hit => hit.GetProperty("source").GetString() == ListSourceIds.MetiEndUserList && !hit.GetProperty("referenceOnly").GetBoolean());
        Assert.Equal("alert", screening.GetProperty("decision").GetString());
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public PartnerScreeningFactory Factory { get; } = new();

        public HttpClient Client { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                var ingestion = scope.ServiceProvider.GetRequiredService<ListIngestionService>();
                var meti = await ingestion.IngestFileAsync(
                    SharedPaths.List("meti-eul", "20250929_4.xlsx"), ListSourceIds.MetiEndUserList, CancellationToken.None);
                Assert.True(meti.Succeeded, "The METI End User List could not be ingested.");
                var aspi = await ingestion.IngestFileAsync(
                    SharedPaths.List("aspi-unitracker-misp", "china-defence-universities.json"), ListSourceIds.AspiUniTracker, CancellationToken.None);
                Assert.True(aspi.Succeeded, "The ASPI University Tracker could not be ingested.");
            }

            Client = Factory.CreateApiClient(await Factory.CreateApiKeyAsync("reference-list-tests"));
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
        }
    }
}
