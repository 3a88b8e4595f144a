using System.Net;
using System.Net.Http.Json;
using PartnerScreening.Domain.Lists;
using Xunit;

namespace PartnerScreening.Tests.Web;

public sealed class FirstStartTests
{
    [Fact]
    public async Task FirstStart_NoOfficialList_LoadsSamplesAndWarns()
    {
        var settings = new Dictionary<string, string?> { ["FirstStart:Enabled"] = "true" };
        foreach (var source in ListSourceIds.All)
        {
            // No official source is reachable, as on a machine without network.
            settings[$"Lists:Sources:{source}:Enabled"] = "false";
        }

        await using var factory = new PartnerScreeningFactory(settings);
        using var client = factory.CreateApiClient(await factory.CreateApiKeyAsync("first-start"));

        var lists = await WaitForSampleListsAsync(client);
        var meti = lists.GetProperty("sources").EnumerateArray().Single(item => item.GetProperty("id").GetString() == ListSourceIds.MetiEndUserList);
        Assert.True(meti.GetProperty("sample").GetBoolean());
        Assert.Equal(5, meti.GetProperty("inForce").GetProperty("recordCount").GetInt32());

        using var response = await client.PostAsJsonAsync(
            "/api/v1/screenings", new { subject = new { name = "Sample Fictional Institute of Technology" } }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var screening = await ApiTestData.ReadJsonAsync(response);
        Assert.Equal("alert", screening.GetProperty("decision").GetString());
        var warnings = screening.GetProperty("warnings").EnumerateArray().Select(item => item.GetProperty("code").GetString()).ToList();
        Assert.Contains("sample-data", warnings);
        var sources = screening.GetProperty("groups")[0].GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("source").GetString()).ToList();
        Assert.Contains(ListSourceIds.MetiEndUserList, sources);
        Assert.Contains(ListSourceIds.UsConsolidatedScreeningList, sources);
    }

    private static async Task<System.Text.Json.JsonElement> WaitForSampleListsAsync(HttpClient client)
    {
        // The sample lists are ingested by a background service after start; wait up to a minute for them.
        for (var attempt = 0; attempt < 120; attempt++)
        {
            using var response = await client.GetAsync("/api/v1/lists", TestContext.Current.CancellationToken);
            var lists = await ApiTestData.ReadJsonAsync(response);
            if (lists.GetProperty("sources").EnumerateArray().Count(item => item.GetProperty("sample").GetBoolean()) == 2)
            {
                return lists;
            }

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        Assert.Fail("The sample lists were not loaded within a minute of the first start.");
        return default;
    }
}
