using System.CommandLine;
using PartnerScreening.Hosting;
using PartnerScreening.Matching.Evaluation;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Screening;

namespace PartnerScreening.Cli;

/// <summary>
/// <c>eval CASES.jsonl</c> and <c>eval --pairs CASES.csv</c>: measures the matcher on labelled cases and exits
/// non-zero when a measure is below its floor.
/// </summary>
internal static class EvalCommand
{
    private const int ExitBelowFloor = 1;
    private const int ExitBadInput = 2;
    private const int ExitIndexNotReady = 3;

    public static Command Create()
    {
        var cases = new Argument<FileInfo?>("cases") { Description = "Screening cases, JSON Lines with query, expect (match|no-match), list, entity_id, optional rank (default 3) and country", Arity = ArgumentArity.ZeroOrOne }.MustExist();
        var pairs = new Option<FileInfo?>("--pairs") { Description = "Name pairs, CSV with the nomenklatura name_bench columns name1, name2, is_match" }.MustExist();
        var listFiles = new Option<FileInfo[]>("--list-file") { Description = "Official list file to parse and index for this run instead of the stored index (repeatable)", AllowMultipleArgumentsPerToken = true }.MustExist();
        var partyFiles = new Option<FileInfo[]>("--parties") { Description = "Listed parties as JSON Lines (an index version's parties.jsonl) to index for this run (repeatable)", AllowMultipleArgumentsPerToken = true }.MustExist();
        var minRecall = new Option<double>("--min-recall") { Description = "Floor for recall, 0–1 (default 0)", DefaultValueFactory = _ => 0 };
        var minPrecision = new Option<double>("--min-precision") { Description = "Floor for precision, 0–1 (default 0)", DefaultValueFactory = _ => 0 };
        var minF1 = new Option<double>("--min-f1") { Description = "Floor for F1, 0–1 (default 0)", DefaultValueFactory = _ => 0 };
        var maxNoMatchHitRate = new Option<double>("--max-no-match-hit-rate") { Description = "Ceiling for the share of no-match cases with a hit at or above review, 0–1 (default 1)", DefaultValueFactory = _ => 1 };
        var quiet = new Option<bool>("--summary-only") { Description = "Print the measures without the list of failures" };
        var command = new Command("eval", "Measure the matcher on labelled cases (照合精度の評価)")
        {
            cases, pairs, listFiles, partyFiles, minRecall, minPrecision, minF1, maxNoMatchHitRate, quiet,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build(parseResult.GetRequiredValue(CommonOptions.DataDir));
            var services = host.Services;
            var parties = MatchingCliSupport.LoadListFiles(parseResult.GetValue(listFiles) ?? [], cancellationToken);
            parties.AddRange(MatchingCliSupport.LoadPartyFiles(parseResult.GetValue(partyFiles) ?? []));
            using var temporary = parties.Count > 0 ? MatchingCliSupport.BuildTemporaryIndex(services, parties, cancellationToken) : null;
            var indexReady = temporary is not null || await services.GetRequiredService<IndexOpener>().OpenOrRebuildAsync(cancellationToken);

            var evaluator = services.GetRequiredService<ScreeningEvaluator>();
            var review = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MatchingOptions>>().Value.Thresholds.Review;
            EvaluationReport report;
            var pairsFile = parseResult.GetValue(pairs);
            var casesFile = parseResult.GetValue(cases);
            if (pairsFile is not null)
            {
                report = evaluator.EvaluatePairs(NamePairReader.Read(pairsFile.FullName), review);
            }
            else if (casesFile is not null)
            {
                if (!indexReady)
                {
                    await Console.Error.WriteLineAsync("名称インデックスがありません。--list-file を指定するか、先にリストを取り込んでください。\nNo name index: give --list-file, or ingest the lists first.");
                    return ExitIndexNotReady;
                }

                report = evaluator.EvaluateCases(ScreeningEvaluator.ReadCases(casesFile.FullName), review);
            }
            else
            {
                await Console.Error.WriteLineAsync("評価ケースのファイルを指定してください。\nGive CASES.jsonl or --pairs CASES.csv.");
                return ExitBadInput;
            }

            Console.Write(report.Format(includeFailures: !parseResult.GetValue(quiet)));
            var below = new List<string>();
            if (report.Recall < parseResult.GetValue(minRecall)) below.Add($"recall {report.Recall:0.0000} < {parseResult.GetValue(minRecall)}");
            if (report.Precision < parseResult.GetValue(minPrecision)) below.Add($"precision {report.Precision:0.0000} < {parseResult.GetValue(minPrecision)}");
            if (report.F1 < parseResult.GetValue(minF1)) below.Add($"F1 {report.F1:0.0000} < {parseResult.GetValue(minF1)}");
            if (report.FalsePositiveRate > parseResult.GetValue(maxNoMatchHitRate)) below.Add($"no-match hit rate {report.FalsePositiveRate:0.0000} > {parseResult.GetValue(maxNoMatchHitRate)}");
            if (below.Count > 0)
            {
                await Console.Error.WriteLineAsync("Below the floor: " + string.Join("; ", below));
                return ExitBelowFloor;
            }

            return 0;
        });
        return command;
    }
}
