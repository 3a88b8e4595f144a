using PartnerScreening.Crawling.Fetching;

namespace PartnerScreening.Crawling.Reports;

/// <summary>
/// One cause of a crawl that fetched no page: its Japanese and English label, how many URLs or budgets it affected,
/// and the detail recorded for the first of them (for example "127.0.0.1 is a loopback address").
/// </summary>
public sealed record NothingFetchedReason(string Ja, string En, int Count, string? FirstDetail);

/// <summary>
/// Explains a report whose crawl fetched no page. Such a report checked nothing, so it must never read as
/// "no evidence found". The CLI summary, the HTML report and the weekly job's log show these reasons instead.
/// </summary>
public static class NothingFetched
{
    /// <summary>Whether the crawl of <paramref name="report"/> fetched no page with a readable body.</summary>
    public static bool Applies(CrawlReport report) => report.Coverage.PagesFetched == 0;

    /// <summary>
    /// Lists why nothing was fetched: each skip reason with its URL count and first detail, then each budget hit.
    /// Out-of-scope URLs count only when nothing else was recorded (then the seeds themselves were out of scope), and
    /// nofollow links never count. With no record at all, the list has one "no reason recorded" entry.
    /// </summary>
    public static IReadOnlyList<NothingFetchedReason> ReasonsOf(CrawlReport report)
    {
        var reasons = report.Skipped
            .Where(skipped => skipped.Reason is not (SkipReason.OutOfScope or SkipReason.NoFollow))
            .GroupBy(skipped => skipped.Reason)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key)
            .Select(group =>
            {
                var (ja, en) = ReportLabels.Of(group.Key);
                var detail = group.First().Detail;
                return new NothingFetchedReason(ja, en, group.Count(), string.IsNullOrWhiteSpace(detail) ? null : detail);
            })
            .ToList();

        foreach (var budget in report.Coverage.BudgetsHit)
        {
            var (ja, en) = ReportLabels.OfBudget(budget);
            reasons.Add(new NothingFetchedReason(ja + "に到達", en + " reached", 1, null));
        }

        if (reasons.Count == 0)
        {
            var outOfScope = report.Skipped.Count(skipped => skipped.Reason == SkipReason.OutOfScope);
            reasons.Add(outOfScope > 0
                ? new NothingFetchedReason("起点 URL が対象ドメイン外", "Seed URLs outside the partner's domains", outOfScope, report.Skipped.First(s => s.Reason == SkipReason.OutOfScope).Detail)
                : new NothingFetchedReason("理由は記録されていません（起点 URL を確認してください）", "No reason recorded; check the seed URLs", 0, null));
        }

        return reasons;
    }

    /// <summary>Formats <see cref="ReasonsOf"/> in English on one line, for logs: "Rejected address: 1 (127.0.0.1 is a loopback address)".</summary>
    public static string DescribeInEnglish(CrawlReport report) =>
        string.Join("; ", ReasonsOf(report).Select(reason =>
            reason.En
            + (reason.Count > 0 ? $": {reason.Count}" : string.Empty)
            + (reason.FirstDetail is null ? string.Empty : $" ({reason.FirstDetail})")));

    /// <summary>
    /// Whether a loopback address was rejected, which on a test machine usually means a crawl of one's own server on
    /// 127.0.0.1 without <see cref="CrawlingOptions.AllowLoopback"/>.
    /// </summary>
    public static bool LoopbackRejected(CrawlReport report) =>
        // NOTE: matches the wording of AddressGuard's rejection detail, "<address> is a loopback address".
        report.Skipped.Any(skipped => skipped.Reason == SkipReason.AddressRejected
            && skipped.Detail.EndsWith("is a loopback address", StringComparison.Ordinal));
}
