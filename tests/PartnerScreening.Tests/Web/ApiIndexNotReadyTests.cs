using System.Net;
using Xunit;

namespace PartnerScreening.Tests.Web;

public sealed class ApiIndexNotReadyTests
{
    [Fact]
    public async Task PostScreening_BeforeAnyIngest_Returns503WithWhatToDo()
    {
        await using var factory = new PartnerScreeningFactory();
        using var client = factory.CreateApiClient(await factory.CreateApiKeyAsync("early-caller"));

        using var response = await client.PostAsync("/api/v1/screenings", ApiTestData.Subject("Harbin Institute of Technology"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var problem = await ApiTestData.ReadJsonAsync(response);
        Assert.Contains("ingest", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
