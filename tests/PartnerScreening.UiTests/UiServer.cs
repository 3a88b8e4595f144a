using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Testing;
using PartnerScreening.Tests.Web;
using Xunit;

namespace PartnerScreening.UiTests;

/// <summary>
/// The real app on a loopback Kestrel port with the official METI End User List ingested, an officer account,
/// crawling allowed on loopback, and Debian's Chromium driven by Playwright (no browser is downloaded).
/// </summary>
public sealed class UiServer : IAsyncLifetime
{
    public const string OfficerEmail = "officer@example.test";
    public const string OfficerPassword = "Correct-Horse-Battery-42";

    private IPlaywright? _playwright;

    /// <summary>
    /// The app with the crawler's contact settings, loopback addresses allowed and pauses of a millisecond, so the crawl
    /// tests can crawl WireMock sites on 127.0.0.1. The other tests never start a crawl.
    /// </summary>
    public PartnerScreeningFactory Factory { get; } = new(PartnerScreening.Tests.Web.Crawl.CrawlFixtureSite.CrawlerSettings());

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var ingestion = scope.ServiceProvider.GetRequiredService<ListIngestionService>();
            var result = await ingestion.IngestFileAsync(SharedPaths.List("meti-eul", "20250929_4.xlsx"), ListSourceIds.MetiEndUserList, CancellationToken.None);
            Assert.True(result.Succeeded, "The METI End User List could not be ingested.");

            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var officer = new IdentityUser { UserName = OfficerEmail, Email = OfficerEmail, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(officer, OfficerPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(officer, "officer")).Succeeded);
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Opens a new page in a fresh context, signed in as the officer.</summary>
    public async Task<IPage> SignedInPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "ja-JP",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/Account/SignIn");
        await page.FillAsync("#email", OfficerEmail);
        await page.FillAsync("#password", OfficerPassword);
        await page.ClickAsync("button[type=submit].primary");
        try
        {
            // Waits for the sign-out form that only signed-in pages have, not for the URL: WaitForURLAsync also waits
            // for the page's load state, which Playwright at times does not report on a busy machine although the
            // signed-in page is shown.
            await page.WaitForSelectorAsync("form[action='/Account/SignOut']");
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"Signing in did not leave {page.Url}; the page shows: {await page.InnerTextAsync("body")}", timeout);
        }

        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
