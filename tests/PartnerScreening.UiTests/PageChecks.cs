using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PartnerScreening.UiTests;

/// <summary>Checks shared by the registry UI tests: axe accessibility and optional documentation screenshots.</summary>
internal static class PageChecks
{
    /// <summary>
    /// Waits until the page has navigated to a URL matching <paramref name="url"/> and its footer, the last element
    /// of every page, is there. Playwright's own load-state wait after a form post was seen to time out on a busy
    /// machine although the page was shown, so this waits for the committed navigation and the DOM instead.
    /// </summary>
    public static async Task WaitForPageAsync(IPage page, Func<string, bool> url)
    {
        await page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("footer.site-footer", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>Fails when axe reports a serious or critical violation on the page.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(violation => violation.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("; ", serious.Select(violation => $"{violation.Id}: {violation.Help} ({violation.Nodes.Length} nodes)")));
    }

    /// <summary>Saves a full-page screenshot, but only when PARTNERSCREENING_SCREENSHOTS names a folder.</summary>
    public static async Task SaveScreenshotAsync(IPage page, string fileName)
    {
        var folder = Environment.GetEnvironmentVariable("PARTNERSCREENING_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, fileName), FullPage = true });
    }
}
