using System.Globalization;
using System.Net;
using System.Text;
using PartnerScreening.Crawling.Findings;
using PartnerScreening.Crawling.Lexicon;

namespace PartnerScreening.Crawling.Reports;

/// <summary>
/// Renders a <see cref="CrawlReport"/> as one self-contained HTML page for printing: Japanese first with English labels,
/// findings grouped by relation type with their original-language quotes, and the coverage next to every "no evidence".
/// </summary>
public static class CrawlReportHtmlWriter
{
    private const int MaxTableRows = 300;

    /// <summary>
    /// Renders <paramref name="report"/>. With <paramref name="links"/>, the header links the JSON and every finding
    /// links its page as fetched. Links to other sites open in a new window and send no referrer.
    /// </summary>
    public static string Write(CrawlReport report, CrawlReportLinks? links = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>客観的確認レポート — ").Append(E(report.Partner.Name ?? report.Partner.Id)).Append("</title>\n");
        html.Append("<style>\n").Append(Styles).Append("</style>\n</head>\n<body>\n");

        var pageHref = PageHrefOf(report, links);
        WriteHeader(html, report, links);
        WriteSummary(html, report);
        WriteChanges(html, report, pageHref);
        WriteFindings(html, report, pageHref);
        WriteCoverage(html, report);
        WritePages(html, report);

        html.Append("<footer><p>本レポートは安全保障輸出管理審査会の判断を支援する資料であり、判断を代替するものではありません。引用は取得時の原文です（機械翻訳は含みません）。</p>");
        html.Append("<p class=\"en\" lang=\"en\">This report supports the screening committee's judgement and does not replace it. Quotes are verbatim as fetched; no machine translation is included.</p></footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static Func<Finding, string?> PageHrefOf(CrawlReport report, CrawlReportLinks? links)
    {
        if (links is null)
        {
            return _ => null;
        }

        var pages = report.Pages
            .Where(p => p.Sha256 is not null)
            .GroupBy(p => p.Sha256!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return finding => links.PageHref(finding, pages.GetValueOrDefault(finding.PageSha256));
    }

    private static void WriteHeader(StringBuilder html, CrawlReport report, CrawlReportLinks? links)
    {
        html.Append("<header>\n<h1>客観的確認（ウェブサイト調査）レポート <span class=\"en\" lang=\"en\">Objective check: website evidence report</span></h1>\n<table class=\"meta\">\n");
        Row(html, "対象機関", "Partner", E(report.Partner.Name is null ? report.Partner.Id : $"{report.Partner.Name} ({report.Partner.Id})"));
        Row(html, "対象ドメイン", "Registrable domains", E(string.Join(", ", report.Domains)));
        Row(html, "起点 URL", "Seeds", string.Join("<br>", report.Seeds.Select(E)));
        Row(html, "調査日時 (UTC)", "Crawled (UTC)", $"{Time(report.StartedAt)} – {Time(report.FinishedAt)}");
        Row(html, "User-Agent", "User-Agent", $"<code>{E(report.UserAgent)}</code>");
        Row(html, "語彙の版", "Lexicon version", E(report.LexiconVersion));
        if (links is not null)
        {
            Row(html, "機械可読データ", "Machine-readable data", $"<a href=\"{E(links.JsonHref)}\">JSON</a>");
        }

        html.Append("</table>\n</header>\n");
    }

    private static void WriteSummary(StringBuilder html, CrawlReport report)
    {
        var coverage = report.Coverage;
        html.Append("<section class=\"summary\">\n<h2>概要 <span class=\"en\" lang=\"en\">Summary</span></h2>\n<div class=\"tiles\">\n");
        Tile(html, "強い証拠", "Strong findings", report.Summary.Strong, report.Summary.Strong > 0 ? "strong" : null);
        Tile(html, "中程度の証拠", "Medium findings", report.Summary.Medium, report.Summary.Medium > 0 ? "medium" : null);
        Tile(html, "取得ページ", "Pages fetched", coverage.PagesFetched, null);
        Tile(html, "robots.txt で不許可", "Blocked by robots.txt", coverage.BlockedByRobots, coverage.BlockedByRobots > 0 ? "warn" : null);
        Tile(html, "エラー", "Errors", coverage.Errors, coverage.Errors > 0 ? "warn" : null);
        Tile(html, "遮断・中止", "Blocked by site", coverage.Blocked, coverage.Blocked > 0 ? "warn" : null);
        html.Append("</div>\n");

        var scope = $"取得 {coverage.PagesFetched} ページ（HTML {coverage.HtmlPages}、PDF {coverage.PdfPages}）、robots.txt による不許可 {coverage.BlockedByRobots}、エラー {coverage.Errors}、遮断 {coverage.Blocked}、未訪問 {coverage.UrlsNotVisited}";
        var scopeEn = $"{coverage.PagesFetched} pages fetched (HTML {coverage.HtmlPages}, PDF {coverage.PdfPages}), {coverage.BlockedByRobots} blocked by robots.txt, {coverage.Errors} errors, {coverage.Blocked} blocked by the site, {coverage.UrlsNotVisited} not visited";
        if (NothingFetched.Applies(report))
        {
            WriteNothingFetched(html, report, scope, scopeEn);
        }
        else if (report.Summary.Total == 0)
        {
            html.Append("<p class=\"notice\"><strong>証拠は見つかりませんでした。</strong>これは軍事との関係がないことを意味しません。調査範囲: ").Append(E(scope)).Append("。</p>\n");
            html.Append("<p class=\"notice en\" lang=\"en\"><strong>No evidence found.</strong> This does not mean there are no military links. Coverage: ").Append(E(scopeEn)).Append(".</p>\n");
        }
        else
        {
            html.Append("<p>調査範囲: ").Append(E(scope)).Append("。</p>\n<p class=\"en\" lang=\"en\">Coverage: ").Append(E(scopeEn)).Append(".</p>\n");
        }

        if (coverage.BudgetsHit.Count > 0)
        {
            var ja = string.Join("、", coverage.BudgetsHit.Select(b => ReportLabels.OfBudget(b).Ja));
            var en = string.Join(", ", coverage.BudgetsHit.Select(b => ReportLabels.OfBudget(b).En));
            html.Append("<p class=\"notice\">調査は上限により途中で終了しました（").Append(E(ja)).Append("）。<span class=\"en\" lang=\"en\">The crawl stopped at its ").Append(E(en)).Append(".</span></p>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteNothingFetched(StringBuilder html, CrawlReport report, string scope, string scopeEn)
    {
        html.Append("<div class=\"notice unchecked\">\n<p><strong>ページを 1 件も取得できなかったため、何も確認できていません。</strong>")
            .Append("「証拠なし」という結果ではありません。調査範囲: ").Append(E(scope)).Append("。</p>\n");
        html.Append("<p class=\"en\" lang=\"en\"><strong>No page could be fetched, so nothing was checked.</strong> ")
            .Append("This is not a \"no evidence\" result. Coverage: ").Append(E(scopeEn)).Append(".</p>\n");
        html.Append("<p>理由 <span class=\"en\" lang=\"en\">Reasons</span></p>\n<ul>\n");
        foreach (var reason in NothingFetched.ReasonsOf(report))
        {
            html.Append("<li>").Append(E(reason.Ja)).Append(" <span class=\"en\" lang=\"en\">").Append(E(reason.En)).Append("</span>");
            if (reason.Count > 0)
            {
                html.Append(": ").Append(reason.Count);
            }

            if (reason.FirstDetail is { } detail)
            {
                html.Append(" (<span lang=\"en\">").Append(E(detail)).Append("</span>)");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n</div>\n");
    }

    private static void WriteChanges(StringBuilder html, CrawlReport report, Func<Finding, string?> pageHref)
    {
        if (report.Changes is not { } changes)
        {
            return;
        }

        html.Append("<section class=\"changes\">\n<h2>前回からの変化 <span class=\"en\" lang=\"en\">Changes since the previous report</span></h2>\n");
        html.Append("<p>前回調査: ").Append(Time(changes.PreviousStartedAt)).Append("（取得 ").Append(changes.PreviousPagesFetched).Append(" ページ）。")
            .Append("新規 ").Append(changes.NewFindings.Count).Append(" 件、消失 ").Append(changes.GoneFindings.Count).Append(" 件、強度変更 ").Append(changes.StrengthChanges.Count).Append(" 件。")
            .Append("<span class=\"en\" lang=\"en\">New ").Append(changes.NewFindings.Count).Append(", gone ").Append(changes.GoneFindings.Count)
            .Append(", strength changed ").Append(changes.StrengthChanges.Count).Append(".</span></p>\n");

        if (changes.NewFindings.Count > 0)
        {
            html.Append("<h3>新規の所見 <span class=\"en\" lang=\"en\">New findings</span></h3>\n");
            FindingTable(html, changes.NewFindings, pageHref);
        }

        if (changes.GoneFindings.Count > 0)
        {
            html.Append("<h3>今回見つからなかった所見 <span class=\"en\" lang=\"en\">Findings not seen this time</span></h3>\n<ul>\n");
            foreach (var gone in changes.GoneFindings)
            {
                var why = gone.PageFetchedAgain ? "ページは再取得済み / page fetched again" : "ページ未取得 / page not fetched this time";
                html.Append("<li><q lang=\"").Append(E(gone.Finding.PageLanguage ?? "und")).Append("\">").Append(E(gone.Finding.Quote)).Append("</q> — ")
                    .Append(E(gone.Finding.Url)).Append(" (").Append(E(why)).Append(")</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteFindings(StringBuilder html, CrawlReport report, Func<Finding, string?> pageHref)
    {
        html.Append("<section class=\"findings\">\n<h2>所見（関係の類型別） <span class=\"en\" lang=\"en\">Findings by relation type</span></h2>\n");
        if (NothingFetched.Applies(report))
        {
            html.Append("<p>ページを取得できなかったため、所見の有無は確認できていません。<span class=\"en\" lang=\"en\">No page was fetched, so findings could not be looked for.</span></p>\n");
        }
        else if (report.Findings.Count == 0)
        {
            html.Append("<p>所見はありません（上記の調査範囲を参照）。<span class=\"en\" lang=\"en\">No findings; see the coverage above.</span></p>\n");
        }

        foreach (var group in report.Findings.GroupBy(f => f.RelationType).OrderBy(g => g.Key))
        {
            var (ja, en) = ReportLabels.Of(group.Key);
            html.Append("<h3>").Append(E(ja)).Append(" <span class=\"en\" lang=\"en\">").Append(E(en)).Append("</span> (").Append(group.Count()).Append(")</h3>\n");
            FindingTable(html, [.. group.OrderByDescending(f => f.Strength)], pageHref);
        }

        html.Append("</section>\n");
    }

    private static void FindingTable(StringBuilder html, IReadOnlyList<Finding> findings, Func<Finding, string?> pageHref)
    {
        html.Append("<table class=\"findings\">\n<thead><tr><th>強度<br><span class=\"en\">Strength</span></th><th>引用（原文）<br><span class=\"en\">Quote (original)</span></th>")
            .Append("<th>用語・分類<br><span class=\"en\">Term, category</span></th><th>出典<br><span class=\"en\">Source</span></th></tr></thead>\n<tbody>\n");
        foreach (var finding in findings)
        {
            var (strengthJa, strengthEn) = ReportLabels.Of(finding.Strength);
            html.Append("<tr><td class=\"s-").Append(finding.Strength.ToString().ToLowerInvariant()).Append("\">").Append(strengthJa).Append("<br><span class=\"en\">").Append(strengthEn).Append("</span></td>");
            html.Append("<td><q lang=\"").Append(E(finding.PageLanguage ?? "und")).Append("\">").Append(Highlight(finding.Quote, finding.Term)).Append("</q></td>");
            html.Append("<td>").Append(E(finding.Term)).Append("<br><span class=\"en\">").Append(E(finding.Category)).Append(finding.HasRelationWord ? " · 関係語あり / relation word" : string.Empty).Append("</span></td>");
            html.Append("<td class=\"src\"><a href=\"").Append(E(finding.Url)).Append("\" target=\"_blank\" rel=\"noopener noreferrer\">").Append(E(finding.Url)).Append("</a><br>")
                .Append(Time(finding.FetchedAt)).Append("<br><code title=\"SHA-256\">").Append(E(finding.PageSha256[..16])).Append("…</code>");
            if (pageHref(finding) is { } asFetched)
            {
                html.Append("<br><a class=\"as-fetched\" href=\"").Append(E(asFetched)).Append("\" target=\"_blank\" rel=\"noopener noreferrer\">取得時のページ <span class=\"en\">page as fetched</span></a>");
            }

            if (finding.AlsoOn.Count > 0)
            {
                html.Append("<br>他 ").Append(finding.AlsoOn.Count).Append(" ページ <span class=\"en\">and ").Append(finding.AlsoOn.Count).Append(" more pages</span>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteCoverage(StringBuilder html, CrawlReport report)
    {
        var coverage = report.Coverage;
        html.Append("<section class=\"coverage\">\n<h2>調査範囲 <span class=\"en\" lang=\"en\">Coverage</span></h2>\n<table class=\"meta\">\n");
        Row(html, "取得ページ", "Pages fetched", $"{coverage.PagesFetched} (HTML {coverage.HtmlPages}, PDF {coverage.PdfPages})");
        Row(html, "robots.txt で不許可", "Blocked by robots.txt", Num(coverage.BlockedByRobots));
        Row(html, "エラー", "Errors", Num(coverage.Errors));
        Row(html, "遮断・中止", "Blocked by site", Num(coverage.Blocked));
        Row(html, "拒否したアドレス", "Rejected addresses", Num(coverage.AddressRejected));
        Row(html, "対象外リンク", "Off-site links", Num(coverage.OutOfScope));
        Row(html, "nofollow", "nofollow", Num(coverage.NoFollow));
        Row(html, "到達した上限", "Budgets hit", coverage.BudgetsHit.Count == 0 ? "なし / none" : E(string.Join(", ", coverage.BudgetsHit)));
        Row(html, "未訪問 URL", "URLs not visited", Num(coverage.UrlsNotVisited));
        Row(html, "除外した一致（誤検知・否定）", "Matches set aside (traps, negations)", Num(coverage.SuppressedMatches));
        Row(html, "弱い一致（単独では報告せず）", "Weak matches (not reported alone)", Num(coverage.WeakMatches));
        html.Append("</table>\n");

        html.Append("<h3>robots.txt</h3>\n<table>\n<thead><tr><th>オリジン<br><span class=\"en\">Origin</span></th><th>状態<br><span class=\"en\">State</span></th><th>規則数<br><span class=\"en\">Rules</span></th><th>Crawl-delay</th></tr></thead>\n<tbody>\n");
        foreach (var robots in report.Robots)
        {
            html.Append("<tr><td>").Append(E(robots.Origin)).Append("</td><td>").Append(E($"{robots.Availability} ({robots.Detail})")).Append("</td><td>")
                .Append(robots.Rules).Append("</td><td>").Append(robots.CrawlDelaySeconds?.ToString(CultureInfo.InvariantCulture) ?? "–").Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");

        if (report.Skipped.Count > 0)
        {
            html.Append("<h3>読めなかった URL <span class=\"en\" lang=\"en\">URLs not read</span></h3>\n<table>\n<thead><tr><th>URL</th><th>理由<br><span class=\"en\">Reason</span></th><th>詳細<br><span class=\"en\">Detail</span></th></tr></thead>\n<tbody>\n");
            foreach (var skipped in report.Skipped.Take(MaxTableRows))
            {
                var (ja, en) = ReportLabels.Of(skipped.Reason);
                html.Append("<tr><td>").Append(E(skipped.Url)).Append("</td><td>").Append(E(ja)).Append("<br><span class=\"en\">").Append(E(en)).Append("</span></td><td>").Append(E(skipped.Detail)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
            Truncation(html, report.Skipped.Count);
        }

        if (report.OffsiteLinks.Count > 0)
        {
            html.Append("<h3>他サイトへのリンク（追跡せず） <span class=\"en\" lang=\"en\">Links to other sites (recorded, not followed)</span></h3>\n<table>\n<thead><tr><th>リンク元<br><span class=\"en\">From</span></th><th>リンク先<br><span class=\"en\">To</span></th><th>アンカー<br><span class=\"en\">Anchor</span></th></tr></thead>\n<tbody>\n");
            foreach (var link in report.OffsiteLinks.Take(MaxTableRows))
            {
                html.Append("<tr><td>").Append(E(link.FromUrl)).Append("</td><td>").Append(E(link.ToUrl)).Append("</td><td>").Append(E(link.AnchorText)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
            Truncation(html, report.OffsiteLinks.Count);
        }

        html.Append("</section>\n");
    }

    private static void WritePages(StringBuilder html, CrawlReport report)
    {
        html.Append("<section class=\"pages\">\n<h2>取得したページ <span class=\"en\" lang=\"en\">Pages fetched</span></h2>\n<table>\n<thead><tr><th>URL</th><th>HTTP</th><th>文字コード<br><span class=\"en\">Charset</span></th><th>バイト<br><span class=\"en\">Bytes</span></th><th>robots.txt</th></tr></thead>\n<tbody>\n");
        foreach (var page in report.Pages.Take(MaxTableRows))
        {
            var charset = page.Charset is null ? page.MediaType ?? "–" : $"{page.Charset} ({page.CharsetSource})";
            html.Append("<tr><td>").Append(E(page.Url)).Append("</td><td>").Append(page.Status).Append("</td><td>").Append(E(charset)).Append("</td><td>")
                .Append(page.Bytes.ToString("N0", CultureInfo.InvariantCulture)).Append(page.Truncated ? " ✂" : string.Empty).Append("</td><td>").Append(E(page.Robots)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        Truncation(html, report.Pages.Count);
        html.Append("</section>\n");
    }

    private static void Truncation(StringBuilder html, int count)
    {
        if (count > MaxTableRows)
        {
            html.Append("<p>先頭 ").Append(MaxTableRows).Append(" 行のみ表示（全 ").Append(count).Append(" 行は JSON を参照）。<span class=\"en\" lang=\"en\">First ")
                .Append(MaxTableRows).Append(" of ").Append(count).Append(" rows; see the JSON for all.</span></p>\n");
        }
    }

    private static void Row(StringBuilder html, string ja, string en, string valueHtml) =>
        html.Append("<tr><th>").Append(E(ja)).Append("<br><span class=\"en\" lang=\"en\">").Append(E(en)).Append("</span></th><td>").Append(valueHtml).Append("</td></tr>\n");

    private static void Tile(StringBuilder html, string ja, string en, int value, string? css) =>
        html.Append("<div class=\"tile").Append(css is null ? string.Empty : " " + css).Append("\"><div class=\"n\">").Append(value)
            .Append("</div><div>").Append(E(ja)).Append("</div><div class=\"en\" lang=\"en\">").Append(E(en)).Append("</div></div>\n");

    private static string Highlight(string quote, string term)
    {
        var index = quote.IndexOf(term, StringComparison.OrdinalIgnoreCase);
        return index < 0
            ? E(quote)
            : E(quote[..index]) + "<mark>" + E(quote.Substring(index, term.Length)) + "</mark>" + E(quote[(index + term.Length)..]);
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Styles = """
        body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Noto Sans", sans-serif; margin: 2rem; color: #1a1a1a; font-size: 14px; line-height: 1.5; }
        h1 { font-size: 1.5rem; border-bottom: 3px solid #234; padding-bottom: .3rem; }
        h2 { font-size: 1.2rem; margin-top: 2rem; border-left: 6px solid #234; padding-left: .5rem; }
        h3 { font-size: 1.05rem; margin-top: 1.2rem; }
        .en { color: #555; font-size: .85em; font-weight: normal; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
        th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; word-break: break-word; }
        th { background: #eef1f5; }
        table.meta th { width: 14rem; }
        .tiles { display: flex; flex-wrap: wrap; gap: .6rem; margin: .8rem 0; }
        .tile { border: 1px solid #bbb; border-radius: 6px; padding: .5rem .8rem; min-width: 8.5rem; }
        .tile .n { font-size: 1.6rem; font-weight: bold; }
        .tile.strong { border-color: #b00020; background: #fdecee; }
        .tile.medium { border-color: #b36b00; background: #fff4e0; }
        .tile.warn { border-color: #8a6d00; background: #fffbe6; }
        .notice { border: 1px solid #8a6d00; background: #fffbe6; padding: .5rem .8rem; }
        .notice.unchecked { border: 2px solid #b00020; background: #fdecee; }
        table.findings th:first-child, table.findings td:first-child { width: 5.5rem; white-space: nowrap; }
        td.s-strong { color: #b00020; font-weight: bold; }
        td.s-medium { color: #b36b00; font-weight: bold; }
        q { quotes: "「" "」"; }
        mark { background: #ffe08a; }
        td.src { font-size: .85em; width: 30%; }
        code { font-size: .9em; }
        footer { margin-top: 2rem; border-top: 1px solid #bbb; padding-top: .5rem; font-size: .9em; }
        @media print { body { margin: 1cm; font-size: 10.5pt; } a { color: inherit; text-decoration: none; } section { break-inside: auto; } tr { break-inside: avoid; } h2, h3 { break-after: avoid; } }
        """;
}
