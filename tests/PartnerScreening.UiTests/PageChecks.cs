using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PartnerScreening.UiTests;

/// <summary>Checks shared by the registry UI tests: axe accessibility and optional documentation screenshots.</summary>
internal static class PageChecks
{
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
