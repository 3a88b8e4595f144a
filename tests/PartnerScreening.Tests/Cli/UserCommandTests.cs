using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PartnerScreening.Cli;
using PartnerScreening.Tests.Web;
using System.Text.RegularExpressions;

namespace PartnerScreening.Tests.Cli;

// Runs 'user create' in-process on the data directory of a web app, then signs in through that app.
public sealed partial class UserCommandTests : IDisposable
{
    private const string Email = "officer@example.ac.jp";
    private const string Password = "correct-horse-battery";

    private readonly PartnerScreeningFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task UserCreate_ThenSignIn_Succeeds()
    {
        var (exitCode, _, error) = await RunAsync("user", "create", Email, "--role", "administrator", "--password", Password);
        Assert.True(exitCode == 0, error);

        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signInPage = await client.GetStringAsync("/Account/SignIn", TestContext.Current.CancellationToken);
        var token = AntiforgeryToken().Match(signInPage);
        Assert.True(token.Success, "The sign-in page has no antiforgery token.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = Email,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = token.Groups[1].Value,
        });
        using var response = await client.PostAsync("/Account/SignIn", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEqual("/Account/SignIn", response.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("PartnerScreening.Auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UserCreate_KeysUnderDataDirectory()
    {
        var (exitCode, _, error) = await RunAsync("user", "create", Email, "--password", Password);
        Assert.True(exitCode == 0, error);

        // Antiforgery needs a key, so opening the sign-in page creates one if the CLI did not.
        using var client = factory.CreateClient();
        using var page = await client.GetAsync("/Account/SignIn", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var keys = Directory.GetFiles(factory.DataDirectory.DataProtectionKeysRoot, "key-*.xml");
        Assert.NotEmpty(keys);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand("test");
        root.Options.Add(CommonOptions.DataDir);
        root.Subcommands.Add(UserCommand.Create());

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse([.. args, "--data-dir", factory.DataDirectory.Root])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
