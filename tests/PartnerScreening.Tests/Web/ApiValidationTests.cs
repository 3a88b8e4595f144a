using Xunit;
using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace PartnerScreening.Tests.Web;

public sealed class ApiValidationTests : IClassFixture<ApiValidationTests.Fixture>
{
    private readonly Fixture _fixture;

    public ApiValidationTests(Fixture fixture) => _fixture = fixture;

    public static TheoryData<string, string, string> InvalidBodies => new()
    {
        { """{"subject": {"name": ""}}""", "subject.name", "empty" },
        { """{"subject": {"name": "   \t "}}""", "subject.name", "empty" },
        { "{\"subject\": {\"name\": \"" + new string('a', 501) + "\"}}", "subject.name", "maximum is 500" },
        { """{"subject": {"name": "Harbin\u0007Institute"}}""", "subject.name", "U+0007" },
        { """{"subject": {"name": "Harbin\nInstitute"}}""", "subject.name", "U+000A" },
        { """{"subject": {"name": "()-."}}""", "subject.name", "'()-.' has no letter or digit" },
        { """{"subject": {"name": "Harbin", "aliases": ["・"]}}""", "subject.aliases[0]", "no letter or digit" },
        { """{"subject": {"name": "Harbin", "country": "ZZ"}}""", "subject.country", "ISO 3166-1" },
        { """{"subject": {"name": "Harbin", "country": "China"}}""", "subject.country", "ISO 3166-1" },
        { """{"subject": {"name": "Harbin", "kind": "company"}}""", "subject.kind", "organization, person" },
        { """{"subject": {"name": "Harbin", "birthDate": "31/12/1970"}}""", "subject.birthDate", "yyyy-MM-dd" },
        { """{"subject": {"name": "Harbin", "aliases": ["HIT", ""]}}""", "subject.aliases[1]", "empty" },
        { """{"subject": {"name": "Harbin"}, "options": {"lists": ["meti-eul", "no-such-list"]}}""", "options.lists[1]", "not a known list id" },
        { """{"subject": {"name": "Harbin"}, "options": {"threshold": 150}}""", "options.threshold", "0 to 100" },
        { """{"options": {}}""", "subject", "missing" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task PostScreening_InvalidField_Returns400NamingTheField(string body, string field, string expectedText)
    {
        using var response = await _fixture.Client.PostAsync("/api/v1/screenings", ApiTestData.Json(body), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ApiTestData.ReadJsonAsync(response);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"errors has no entry for {field}: {errors}");
        Assert.Contains(expectedText, messages[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(field, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"subject": {"name": "Harbin" """, "subject")]
    [InlineData("""{"subject": {"name": 42}}""", "subject.name")]
    [InlineData("not json at all", "the body")]
    [InlineData("""{"subject": {"aliases": "HIT"}}""", "subject.aliases")]
    public async Task PostScreening_MalformedJson_Returns400NamingThePosition(string body, string field)
    {
        using var response = await _fixture.Client.PostAsync("/api/v1/screenings", ApiTestData.Json(body), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiTestData.ReadJsonAsync(response);
        Assert.Equal("Malformed JSON", problem.GetProperty("title").GetString());
        Assert.StartsWith(field, problem.GetProperty("field").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostScreening_BodyOverLimit_Returns413()
    {
        var padding = new string('x', 70 * 1024);
        var body = "{\"subject\": {\"name\": \"Harbin\"}, \"padding\": \"" + padding + "\"}";

        using var response = await _fixture.Client.PostAsync("/api/v1/screenings", ApiTestData.Json(body), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await ApiTestData.ReadJsonAsync(response);
        Assert.Contains("65536 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostScreening_NotJsonContentType_Returns415()
    {
        using var content = new StringContent("name=Harbin", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await _fixture.Client.PostAsync("/api/v1/screenings", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task GetScreening_UnknownId_Returns404Problem()
    {
        using var response = await _fixture.Client.GetAsync("/api/v1/screenings/0123456789abcdef0123456789abcdef", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await ApiTestData.ReadJsonAsync(response);
        Assert.Contains("0123456789abcdef0123456789abcdef", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetScreening_MalformedId_Returns404()
    {
        using var response = await _fixture.Client.GetAsync("/api/v1/screenings/..%2F..%2Fetc", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void CountryCodes_ContainsEveryAssignedCode()
    {
        Assert.Equal(250, Domain.Lists.CountryCodes.Count);
        Assert.True(Domain.Lists.CountryCodes.IsCode("JP"));
        Assert.True(Domain.Lists.CountryCodes.IsCode("KP"));
        Assert.True(Domain.Lists.CountryCodes.IsCode("XK"));
        Assert.False(Domain.Lists.CountryCodes.IsCode("UK"));
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public PartnerScreeningFactory Factory { get; } = new();

        public HttpClient Client { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var key = await Factory.CreateApiKeyAsync("validation-tests");
            Client = Factory.CreateApiClient(key);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
        }
    }
}
