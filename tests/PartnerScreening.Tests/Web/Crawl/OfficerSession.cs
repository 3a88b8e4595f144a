using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerScreening.Tests.Web.Crawl;

/// <summary>
/// A signed-in officer for page tests: an HTTP client with the sign-in cookie that does not follow redirects, and a
/// helper that posts forms with the antiforgery token of the page they are on.
/// </summary>
public sealed partial class OfficerSession : IDisposable
{
    public const string Email = "officer@example.test";
    private const string Password = "Correct-Horse-Battery-42";

    private OfficerSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static async Task<OfficerSession> SignInAsync(PartnerScreeningFactory factory)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            if (await users.FindByEmailAsync(Email) is null)
            {
                var officer = new IdentityUser { UserName = Email, Email = Email, EmailConfirmed = true };
                Assert.True((await users.CreateAsync(officer, Password)).Succeeded);
                Assert.True((await users.AddToRoleAsync(officer, "officer")).Succeeded);
            }
        }

        var session = new OfficerSession(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        using var response = await session.PostFormAsync("/Account/SignIn", "/Account/SignIn", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <summary>
    /// Returns the body of <paramref name="url"/> with HTML character references decoded, because Razor writes
    /// Japanese text as references such as <c>&amp;#x8ABF;</c>.
    /// </summary>
    public async Task<string> GetStringAsync(string url)
    {
        using var response = await Client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} returned {(int)response.StatusCode}.");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Opens <paramref name="formPage"/> for its antiforgery token and posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IReadOnlyDictionary<string, string> fields)
    {
        var html = await GetStringAsync(formPage);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token.");
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token.Groups[1].Value)));
        return await Client.PostAsync(action, content, TestContext.Current.CancellationToken);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
