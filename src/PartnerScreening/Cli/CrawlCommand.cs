using System.CommandLine;
using Microsoft.Extensions.Options;
using PartnerScreening.Crawling;
using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Reports;
using PartnerScreening.Crawling.Scope;
using PartnerScreening.Hosting;

namespace PartnerScreening.Cli;

/// <summary>
/// <c>crawl URL… | --partner ID [--json] [--out FILE] [--previous FILE]</c>: the website part of the objective check.
/// Several URLs are crawled as one partner's sites, hosts in parallel.
/// </summary>
internal static class CrawlCommand
{
    private const int InputErrorExitCode = 2;

    /// <summary>Exit code of a crawl that fetched no page; its report is still written and stored.</summary>
    public const int NothingFetchedExitCode = 3;

    /// <summary>
    /// Creates the command. <paramref name="configureServices"/> runs after the shared services are registered,
    /// so tests can replace settings or services of the host the command builds.
    /// </summary>
    public static Command Create(Action<IServiceCollection>? configureServices = null)
    {
        var urls = new Argument<string[]>("URL") { Description = "Website address(es) of one partner, http or https", Arity = ArgumentArity.ZeroOrMore };
        var partner = new Option<string?>("--partner") { Description = "Id of a registered partner whose websites are crawled" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of a summary" };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the report to FILE: HTML when the name ends in .html or .htm, JSON otherwise" };
        var previous = new Option<FileInfo?>("--previous") { Description = "Earlier report JSON to compare with (default: the partner's latest stored report)" };

        var description = "Crawl a partner's website politely and report military-link evidence (客観的確認). "
            + $"Exit codes: 0 report written, {InputErrorExitCode} invalid input or crawler settings, "
            + $"{NothingFetchedExitCode} no page could be fetched so nothing was checked (the report is still written and names the reasons).";
        var command = new Command("crawl", description) { urls, partner, json, output, previous };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            using var host = CliHost.Build(parseResult.GetRequiredValue(CommonOptions.DataDir), configureServices);
            var services = host.Services;
            try
            {
                var target = await ResolveTargetAsync(services, parseResult.GetValue(urls) ?? [], parseResult.GetValue(partner), cancellationToken);
                var baseline = parseResult.GetValue(previous) is { } file ? await CrawlReportJson.ReadAsync(file.FullName, cancellationToken) : null;

                var (report, storedAt) = await services.GetRequiredService<ObjectiveCheck>().RunAsync(target, baseline, cancellationToken);

                if (parseResult.GetValue(output) is { } outFile)
                {
                    var html = outFile.Extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || outFile.Extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
                    await File.WriteAllTextAsync(outFile.FullName, html ? CrawlReportHtmlWriter.Write(report) : CrawlReportJson.Serialize(report), cancellationToken);
                }

                if (parseResult.GetValue(json))
                {
                    await stdout.WriteLineAsync(CrawlReportJson.Serialize(report));

                    // Standard error, so that the JSON on standard output stays parseable.
                    PrintNothingFetched(stderr, report);
                }
                else
                {
                    PrintSummary(stdout, report, storedAt);
                }

                return NothingFetched.Applies(report) ? NothingFetchedExitCode : 0;
            }
            catch (CrawlInputException exception)
            {
                await stderr.WriteLineAsync($"{exception.MessageJa}\n{exception.Message}");
                return InputErrorExitCode;
            }
            catch (CrawlerNotConfiguredException exception)
            {
                await stderr.WriteLineAsync($"{exception.MessageJa}\n{exception.Message}");
                return InputErrorExitCode;
            }
            catch (OptionsValidationException exception)
            {
                await stderr.WriteLineAsync("設定 Crawling が不正です。/ The Crawling settings are invalid:\n  " + string.Join("\n  ", exception.Failures));
                return InputErrorExitCode;
            }
            catch (Exception exception) when (exception is FileNotFoundException or InvalidDataException)
            {
                await stderr.WriteLineAsync(exception.Message);
                return InputErrorExitCode;
            }
        });
        return command;
    }

    private static async Task<CrawlTarget> ResolveTargetAsync(IServiceProvider services, string[] urls, string? partnerId, CancellationToken cancellationToken)
    {
        if (partnerId is not null && urls.Length > 0)
        {
            throw new CrawlInputException("URL と --partner は同時に指定できません。", "Give either URLs or --partner, not both.");
        }

        if (partnerId is not null)
        {
            // A fresh data directory has no registry tables yet; create them so an unknown id reads as "not registered".
            await DatabaseInitializer.InitializeAsync(services, cancellationToken);
            var source = services.GetService<IPartnerWebsiteSource>()
                ?? throw new CrawlInputException("連携先の登録簿が利用できないため --partner は使えません。URL を指定してください。", "--partner needs the partner registry, which is not available in this build; pass the website URL instead.");
            var websites = await source.FindAsync(partnerId, cancellationToken)
                ?? throw new CrawlInputException($"連携先 ID「{partnerId}」は登録されていません。", $"No partner with id '{partnerId}' is registered; check the id with the partner list.");
            if (websites.Websites.Count == 0)
            {
                throw new CrawlInputException($"連携先「{websites.DisplayName ?? partnerId}」にウェブサイトが登録されていません。", $"Partner '{partnerId}' has no website; add one in the registry first.");
            }

            return websites.ToTarget();
        }

        if (urls.Length == 0)
        {
            throw new CrawlInputException("クロールする URL か --partner ID を指定してください。", "Give at least one URL or --partner ID.");
        }

        var seeds = new List<Uri>();
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var seed) || (seed.Scheme != Uri.UriSchemeHttp && seed.Scheme != Uri.UriSchemeHttps))
            {
                throw new CrawlInputException($"「{url}」は http:// または https:// で始まる URL ではありません。", $"'{url}' is not an absolute http or https URL.");
            }

            seeds.Add(seed);
        }

        // Ad-hoc crawls are stored under the first site's registrable domain, so a rerun compares with the last one.
        var domain = services.GetRequiredService<PublicSuffixList>().GetRegistrableDomain(seeds[0].Host) ?? seeds[0].Host;
        return new CrawlTarget("site-" + domain, domain, seeds);
    }

    private static void PrintSummary(TextWriter stdout, CrawlReport report, string storedAt)
    {
        var coverage = report.Coverage;
        stdout.WriteLine($"対象 / Partner: {report.Partner.Name ?? report.Partner.Id} ({string.Join(", ", report.Domains)})");
        stdout.WriteLine($"所見 / Findings: 強 Strong {report.Summary.Strong}, 中 Medium {report.Summary.Medium}");
        stdout.WriteLine($"範囲 / Coverage: {coverage.PagesFetched} pages, {coverage.BlockedByRobots} blocked by robots.txt, {coverage.Errors} errors, {coverage.Blocked} blocked by site, {coverage.AddressRejected} addresses rejected, budgets hit: {(coverage.BudgetsHit.Count == 0 ? "none" : string.Join(", ", coverage.BudgetsHit))}");
        if (NothingFetched.Applies(report))
        {
            PrintNothingFetched(stdout, report);
        }
        else if (report.Summary.Total == 0)
        {
            stdout.WriteLine("証拠は見つかりませんでした（関係がないことを意味しません）。/ No evidence found; this does not mean there are no links.");
        }

        foreach (var finding in report.Findings.Take(20))
        {
            stdout.WriteLine($"  [{finding.Strength}] {finding.RelationType}: 「{finding.Quote}」 {finding.Url}");
        }

        if (report.Changes is { } changes)
        {
            stdout.WriteLine($"前回との差 / Since last report: +{changes.NewFindings.Count} new, -{changes.GoneFindings.Count} gone");
        }

        stdout.WriteLine($"保存先 / Stored: {storedAt} (+ .html)");
    }

    private static void PrintNothingFetched(TextWriter writer, CrawlReport report)
    {
        if (!NothingFetched.Applies(report))
        {
            return;
        }

        writer.WriteLine("ページを 1 件も取得できなかったため、何も確認できていません（「証拠なし」ではありません）。/ No page could be fetched, so nothing was checked; this is not a \"no evidence\" result.");
        writer.WriteLine("理由 / Reasons:");
        foreach (var reason in NothingFetched.ReasonsOf(report))
        {
            var count = reason.Count > 0 ? $": {reason.Count}" : string.Empty;
            var detail = reason.FirstDetail is null ? string.Empty : $" ({reason.FirstDetail})";
            writer.WriteLine($"  {reason.Ja} / {reason.En}{count}{detail}");
        }

        if (NothingFetched.LoopbackRejected(report))
        {
            writer.WriteLine("ループバックアドレスへの接続は既定で拒否されます。自分のループバック上のテスト用サーバーを調べる場合に限り、Crawling__AllowLoopback=true を設定してください。");
            writer.WriteLine("Loopback addresses are rejected by default. Only for a test crawl of your own server on loopback, set Crawling__AllowLoopback=true.");
        }
    }

    /// <summary>Invalid command-line input, with the message in Japanese and English.</summary>
    private sealed class CrawlInputException(string messageJa, string message) : Exception(message)
    {
        public string MessageJa { get; } = messageJa;
    }
}
