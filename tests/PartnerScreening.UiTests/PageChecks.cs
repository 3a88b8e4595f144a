using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PartnerScreening.UiTests;

/// <summary>Checks shared by the registry UI tests: axe accessibility and optional documentation screenshots.</summary>
internal static class PageChecks
{
    /// <summary>
    /// Waits until the page has navigated to a URL matching <paramref name="url"/> and its footer, the last element
    /// of every page, is there. It polls the URL instead of calling WaitForURLAsync. When the URL already matched,
    /// WaitForURLAsync with WaitUntil Commit went on to WaitForLoadStateAsync and was seen to time out there after a
    /// form post although the new page was shown.
    /// </summary>
    public static async Task WaitForPageAsync(IPage page, Func<string, bool> url)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (!url(page.Url))
        {
            if (System.Diagnostics.Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"The page stayed at {page.Url} for 30 s instead of navigating to the expected URL.");
            }

            await Task.Delay(100);
        }

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
