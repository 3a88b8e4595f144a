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

    public static Command Create()
    {
        var urls = new Argument<string[]>("URL") { Description = "Website address(es) of one partner, http or https", Arity = ArgumentArity.ZeroOrMore };
        var partner = new Option<string?>("--partner") { Description = "Id of a registered partner whose websites are crawled" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of a summary" };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the report to FILE: HTML when the name ends in .html or .htm, JSON otherwise" };
        var previous = new Option<FileInfo?>("--previous") { Description = "Earlier report JSON to compare with (default: the partner's latest stored report)" };

        var command = new Command("crawl", "Crawl a partner's website politely and report military-link evidence (客観的確認)") { urls, partner, json, output, previous };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build(parseResult.GetRequiredValue(CommonOptions.DataDir));
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
                    Console.WriteLine(CrawlReportJson.Serialize(report));
                }
                else
                {
                    PrintSummary(report, storedAt);
                }

                return 0;
            }
            catch (CrawlInputException exception)
            {
                await Console.Error.WriteLineAsync($"{exception.MessageJa}\n{exception.Message}");
                return InputErrorExitCode;
            }
            catch (CrawlerNotConfiguredException exception)
            {
                await Console.Error.WriteLineAsync($"{exception.MessageJa}\n{exception.Message}");
                return InputErrorExitCode;
            }
            catch (OptionsValidationException exception)
            {
                await Console.Error.WriteLineAsync("設定 Crawling が不正です。/ The Crawling settings are invalid:\n  " + string.Join("\n  ", exception.Failures));
                return InputErrorExitCode;
            }
            catch (Exception exception) when (exception is FileNotFoundException or InvalidDataException)
            {
                await Console.Error.WriteLineAsync(exception.Message);
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

    private static void PrintSummary(CrawlReport report, string storedAt)
    {
        var coverage = report.Coverage;
        Console.WriteLine($"対象 / Partner: {report.Partner.Name ?? report.Partner.Id} ({string.Join(", ", report.Domains)})");
        Console.WriteLine($"所見 / Findings: 強 Strong {report.Summary.Strong}, 中 Medium {report.Summary.Medium}");
        Console.WriteLine($"範囲 / Coverage: {coverage.PagesFetched} pages, {coverage.BlockedByRobots} blocked by robots.txt, {coverage.Errors} errors, {coverage.Blocked} blocked by site, budgets hit: {(coverage.BudgetsHit.Count == 0 ? "none" : string.Join(", ", coverage.BudgetsHit))}");
        if (report.Summary.Total == 0)
        {
            Console.WriteLine("証拠は見つかりませんでした（関係がないことを意味しません）。/ No evidence found; this does not mean there are no links.");
        }

        foreach (var finding in report.Findings.Take(20))
        {
            Console.WriteLine($"  [{finding.Strength}] {finding.RelationType}: 「{finding.Quote}」 {finding.Url}");
        }

        if (report.Changes is { } changes)
        {
            Console.WriteLine($"前回との差 / Since last report: +{changes.NewFindings.Count} new, -{changes.GoneFindings.Count} gone");
        }

        Console.WriteLine($"保存先 / Stored: {storedAt} (+ .html)");
    }

    /// <summary>Invalid command-line input, with the message in Japanese and English.</summary>
    private sealed class CrawlInputException(string messageJa, string message) : Exception(message)
    {
        public string MessageJa { get; } = messageJa;
    }
}
