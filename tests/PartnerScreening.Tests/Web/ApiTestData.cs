using System.Net.Http.Json;
using System.Text.Json;

namespace PartnerScreening.Tests.Web;

/// <summary>Request bodies and response readers shared by the API tests.</summary>
internal static class ApiTestData
{
    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public static JsonContent Subject(string name, string? country = null) =>
        JsonContent.Create(new { subject = new { name, country } });

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
