using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PartnerScreening.Crawling;
using PartnerScreening.Crawling.Progress;
using PartnerScreening.Jobs.Crawling;
using PartnerScreening.Web.Pages.Partners;

namespace PartnerScreening.Web.Pages.Crawl;

/// <summary>
/// Crawl status: whether crawling is configured, the weekly run's progress and the recent partner crawls. Its handlers
/// start a partner crawl (from the partner page) and return the partner section or the weekly progress alone for polling.
/// </summary>
public sealed class IndexModel(CrawlActivity activity, PartnerCrawlQueue queue, IOptions<CrawlingOptions> options) : PageModel
{
    public bool CrawlingEnabled => options.Value.HasContact;

    public string UserAgent => options.Value.UserAgent;

    public WeeklyCrawlStatus? Weekly { get; private set; }

    public IReadOnlyList<PartnerCrawlStatus> Runs { get; private set; } = [];

    public void OnGet()
    {
        Weekly = activity.Weekly;
        Runs = activity.Runs;
    }

    /// <summary>Queues a crawl of <paramref name="partnerId"/> and returns to its partner page, which shows the progress.</summary>
    public async Task<IActionResult> OnPostStartAsync(string partnerId, CancellationToken cancellationToken)
    {
        var user = User.FindFirstValue(ClaimTypes.Name) ?? User.Identity?.Name ?? "officer";
        var result = await queue.RequestAsync(partnerId ?? "", user, cancellationToken);
        if (result.Outcome == CrawlRequestOutcome.PartnerNotFound)
        {
            return NotFound();
        }

        TempData["CrawlMessage"] = result.Outcome switch
        {
            CrawlRequestOutcome.Queued => RegistryText.T("調査を開始しました。", "The crawl has been queued."),
            CrawlRequestOutcome.AlreadyActive => RegistryText.T("この機関の調査はすでに待機中または実行中です。", "A crawl of this partner is already queued or running."),
            CrawlRequestOutcome.NoWebsite => RegistryText.T("ウェブサイトが登録されていないため調査できません。ウェブサイトを登録してください。", "The partner has no website to crawl; add one first."),
            _ => RegistryText.T("クローラーの連絡先が設定されていないため調査できません。管理者に Crawling:ContactUrl と Crawling:ContactEmail の設定を依頼してください。",
                "Crawling is disabled until Crawling:ContactUrl and Crawling:ContactEmail are set; ask the administrator."),
        };
        return Redirect(PartnerPageOf(partnerId!) + "#partner-crawl");
    }

    /// <summary>The partner page's objective-check section alone, for polling while a crawl runs.</summary>
    public IActionResult OnGetSection(string partnerId) => Partial("_PartnerCrawl", partnerId);

    /// <summary>The weekly run's progress alone, for polling while the run is active.</summary>
    public IActionResult OnGetWeekly() => Partial("_WeeklyCrawl", activity.Weekly);

    private string PartnerPageOf(string partnerId) => Url.Page("/Partners/Details", new { id = partnerId }) ?? "/Partners";
}
