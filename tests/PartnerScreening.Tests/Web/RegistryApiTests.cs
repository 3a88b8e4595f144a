using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Registry;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Rescreening;
using PartnerScreening.Testing;
using Xunit;

namespace PartnerScreening.Tests.Web;

/// <summary>
/// The agreement, researcher and subject-hit endpoints on the real METI End User List, the real matcher and a
/// real SQLite file. Each test creates partners of its own, so the tests share one server.
/// </summary>
public sealed class RegistryApiTests(RegistryApiTests.Fixture fixture) : IClassFixture<RegistryApiTests.Fixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Agreement_CreateUpdateArchive_RoundTrips()
    {
        var partnerId = await CreatePartnerAsync("Agreement Api University", "KR");

        using var created = await Client.PostAsJsonAsync("/api/v1/agreements", new
        {
            partnerId,
            kind = "jointResearch",
            department = "工学研究科",
            responsibleResearcher = "山田 太郎",
            startDate = "2025-04-01",
            endDate = "2027-03-31",
        }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var agreement = await ApiTestData.ReadJsonAsync(created);
        var id = agreement.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/agreements/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("active", agreement.GetProperty("status").GetString());

        using var updated = await Client.PutAsJsonAsync($"/api/v1/agreements/{id}", new
        {
            partnerId,
            kind = "nda",
            department = "理学研究科",
            status = "ended",
        }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var stored = await GetJsonAsync($"/api/v1/agreements/{id}");
        Assert.Equal("nda", stored.GetProperty("kind").GetString());
        Assert.Equal("理学研究科", stored.GetProperty("department").GetString());
        Assert.Equal("ended", stored.GetProperty("status").GetString());

        using var archived = await Client.PostAsync($"/api/v1/agreements/{id}/archive", null, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, archived.StatusCode);
        var live = await GetJsonAsync($"/api/v1/agreements?partnerId={partnerId}");
        Assert.Equal(0, live.GetArrayLength());
        var all = await GetJsonAsync($"/api/v1/agreements?partnerId={partnerId}&includeArchived=true");
        Assert.Equal(id, all[0].GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.String, all[0].GetProperty("archivedAt").ValueKind);
    }

    [Theory]
    [InlineData("""{"partnerId": 999999, "kind": "mou"}""", "partnerId", "does not exist")]
    [InlineData("""{"partnerId": PARTNER, "kind": "mou", "startDate": "2025-04-01", "endDate": "2025-03-31"}""", "endDate", "before start date")]
    public async Task Agreement_Invalid_Returns400NamingTheField(string body, string field, string expectedText)
    {
        var partnerId = await CreatePartnerAsync("Agreement Api Invalid " + field, "CN");

        using var response = await Client.PostAsync("/api/v1/agreements", ApiTestData.Json(body.Replace("PARTNER", partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiTestData.ReadJsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.Contains(expectedText, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Researcher_CreateUpdateArchive_RoundTrips()
    {
        var homeId = await CreatePartnerAsync("Researcher Api Institute", "CN");

        using var created = await Client.PostAsJsonAsync("/api/v1/researchers", new
        {
            name = "Zhang Apiresearcher",
            nameOriginal = "张研究",
            nationality = "CN",
            homeInstitutionId = homeId,
            scheme = "internshipTrainee",
            stayStart = "2026-04-01",
            stayEnd = "2026-09-30",
            entryCheck = new { state = "completed", completedOn = "2026-03-20" },
        }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await ApiTestData.ReadJsonAsync(created)).GetProperty("id").GetInt32();

        using var updated = await Client.PutAsJsonAsync($"/api/v1/researchers/{id}", new
        {
            name = "Zhang Apiresearcher",
            homeInstitutionId = homeId,
            scheme = "internshipTrainee",
            entryCheck = new { state = "completed", completedOn = "2026-03-20" },
            midStayCheck = new { state = "needsAttention", note = "共同研究先の変更" },
        }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var stored = await GetJsonAsync($"/api/v1/researchers/{id}");
        Assert.Equal("completed", stored.GetProperty("entryCheck").GetProperty("state").GetString());
        Assert.Equal("needsAttention", stored.GetProperty("midStayCheck").GetProperty("state").GetString());
        Assert.Equal("notStarted", stored.GetProperty("exitCheck").GetProperty("state").GetString());
        Assert.Equal(homeId, stored.GetProperty("homeInstitutionId").GetInt32());

        using var archived = await Client.PostAsync($"/api/v1/researchers/{id}/archive", null, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, archived.StatusCode);
        var current = await GetJsonAsync("/api/v1/researchers");
        Assert.DoesNotContain(current.EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Researcher_UnknownHomeInstitution_Returns400()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/researchers", new { name = "Nobody Api", scheme = "invitedSpecialist", homeInstitutionId = 999999 }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiTestData.ReadJsonAsync(response);
        Assert.Contains("register it first", problem.GetProperty("errors").GetProperty("homeInstitutionId")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/partners/999999/hits", "partner 999999")]
    [InlineData("/api/v1/researchers/999999/hits", "researcher 999999")]
    [InlineData("/api/v1/agreements/999999", "agreement 999999")]
    public async Task Get_UnknownId_Returns404NamingIt(string path, string expectedSubject)
    {
        using var response = await Client.GetAsync(path, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(expectedSubject, (await ApiTestData.ReadJsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerHits_AfterDecision_ShowDecisionInForce()
    {
        var partnerId = await CreatePartnerAsync("Harbin Institute of Technology", "CN");

        var before = await GetJsonAsync($"/api/v1/partners/{partnerId}/hits");
        var hit = before.GetProperty("hits")[0];
        Assert.Contains("Harbin Institute of Technology", hit.GetProperty("hit").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(hit.GetProperty("hit").GetProperty("explanation").GetProperty("summaryJa").GetString()));
        Assert.False(hit.TryGetProperty("decision", out var decision) && decision.ValueKind != JsonValueKind.Null, hit.ToString());

        await RecordFalsePositiveAsync(partnerId, hit);

        var after = await GetJsonAsync($"/api/v1/partners/{partnerId}/hits");
        var decided = FindHit(after, hit.GetProperty("partyKey").GetString()!);
        Assert.Equal("falsePositive", decided.GetProperty("decision").GetProperty("kind").GetString());
        Assert.True(decided.GetProperty("decisionInForce").GetBoolean());
        Assert.False(decided.GetProperty("decisionOutdated").GetBoolean());
        Assert.Equal(1, after.GetProperty("decisions").GetArrayLength());
    }

    [Fact]
    public async Task PartnerHits_ChangedEntry_ShowDecisionOutdated()
    {
        var partnerId = await CreatePartnerAsync("Northwestern Polytechnical University", "CN");
        var hit = (await GetJsonAsync($"/api/v1/partners/{partnerId}/hits")).GetProperty("hits")[0];
        await RecordFalsePositiveAsync(partnerId, hit);

        // Make the stored decision look as if it had been taken on an earlier edition of the entry, one that had
        // an alias the current edition no longer lists.
        var contextFactory = fixture.Factory.Services.GetRequiredService<IDbContextFactory<PartnerScreeningDbContext>>();
        await using (var context = await contextFactory.CreateDbContextAsync(Cancellation))
        {
            var decision = await context.Set<DecisionEntity>().SingleAsync(d => d.SubjectKind == SubjectKind.Partner && d.SubjectId == partnerId, Cancellation);
            var current = ListedPartyContent.FromJson(decision.ContentJson)!;
            var earlier = current with { Aliases = [.. current.Aliases, "Old Northwestern Alias"] };
            decision.ContentJson = earlier.ToJson();
            decision.Fingerprint = earlier.Fingerprint();
            await context.SaveChangesAsync(Cancellation);
        }

        var after = await GetJsonAsync($"/api/v1/partners/{partnerId}/hits");
        var outdated = FindHit(after, hit.GetProperty("partyKey").GetString()!);
        Assert.False(outdated.GetProperty("decisionInForce").GetBoolean());
        Assert.True(outdated.GetProperty("decisionOutdated").GetBoolean());
        Assert.Contains("Old Northwestern Alias", outdated.GetProperty("changesSinceDecision")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResearcherHits_KnownResearcher_ScreensAsPerson()
    {
        using var created = await Client.PostAsJsonAsync("/api/v1/researchers", new { name = "Quiet Meadow Researcher", scheme = "cooperativeResearcher" }, Cancellation);
        var id = (await ApiTestData.ReadJsonAsync(created)).GetProperty("id").GetInt32();

        var hits = await GetJsonAsync($"/api/v1/researchers/{id}/hits");

        Assert.Equal("researcher", hits.GetProperty("subjectKind").GetString());
        Assert.Equal("Quiet Meadow Researcher", hits.GetProperty("subjectName").GetString());
        Assert.Equal(JsonValueKind.Array, hits.GetProperty("hits").ValueKind);
        Assert.False(string.IsNullOrEmpty(hits.GetProperty("indexVersion").GetString()));
    }

    [Fact]
    public async Task ScreeningState_AgreementAddedAfterRun_NotScreenedYet()
    {
        var partnerId = await CreatePartnerAsync("Quiet Meadow Research Institute", "JP");
        var states = fixture.Factory.Services.GetRequiredService<SubjectScreeningStates>();
        var rescreen = fixture.Factory.Services.GetRequiredService<RescreenService>();
        Assert.Equal(ScreeningStateKind.NotCovered, await StateOfPartnerAsync(states, partnerId));

        Assert.Equal(RescreenRunStatus.Succeeded, (await rescreen.RunAsync("test", Cancellation)).Status);
        using var created = await Client.PostAsJsonAsync("/api/v1/agreements", new { partnerId, kind = "mou" }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(ScreeningStateKind.NotScreenedYet, await StateOfPartnerAsync(states, partnerId));

        Assert.Equal(RescreenRunStatus.Succeeded, (await rescreen.RunAsync("test", Cancellation)).Status);
        Assert.Equal(ScreeningStateKind.NoHits, await StateOfPartnerAsync(states, partnerId));
    }

    private static async Task<ScreeningStateKind> StateOfPartnerAsync(SubjectScreeningStates states, int partnerId) =>
        (await states.ListAsync(Cancellation))[(SubjectKind.Partner, partnerId)].Kind;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task<int> CreatePartnerAsync(string name, string country)
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/partners", new { names = new[] { new { value = name, language = "en" } }, country, type = "university" }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ApiTestData.ReadJsonAsync(response)).GetProperty("id").GetInt32();
    }

    private async Task RecordFalsePositiveAsync(int partnerId, JsonElement hit)
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/decisions", new
        {
            subjectKind = "partner",
            subjectId = partnerId,
            snapshotId = hit.GetProperty("hit").GetProperty("snapshotId").GetString(),
            sourceEntityId = hit.GetProperty("hit").GetProperty("sourceEntityId").GetString(),
            kind = "falsePositive",
            reason = "同名の別機関",
        }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path, Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancellation)}");
        return await ApiTestData.ReadJsonAsync(response);
    }

    private static JsonElement FindHit(JsonElement subjectHits, string partyKey) =>
        subjectHits.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("partyKey").GetString() == partyKey);

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

            Client = Factory.CreateApiClient(await Factory.CreateApiKeyAsync("registry-tests"));
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
        }
    }
}
