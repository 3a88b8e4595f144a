using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Hosting;
using PartnerScreening.Matching.Index;

namespace PartnerScreening.Cli;

/// <summary>
/// <c>screen NAME [--country CC] [--kind organization|person] [--top N] [--json]</c> and
/// <c>screen --batch FILE [--json]</c>: screens names against the current index.
/// </summary>
internal static class ScreenCommand
{
    private const int ExitIndexNotReady = 3;
    private const int ExitBadInput = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "Name to screen, in any script", Arity = ArgumentArity.ZeroOrOne };
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 country of the partner; moves the score, never hides a strong match" };
        var kind = new Option<PartyKind?>("--kind") { Description = "organization or person" };
        var top = new Option<int>("--top") { Description = "Maximum number of hit groups (default 10)", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var batch = new Option<FileInfo?>("--batch") { Description = "JSON Lines file, one object per line with name (or query) and optional country and kind" }.MustExist();
        var command = new Command("screen", "Screen a name against every list in force (名称スクリーニング)") { name, country, kind, top, json, batch };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build(parseResult.GetRequiredValue(CommonOptions.DataDir));
            if (!host.Services.GetRequiredService<NameIndexStore>().TryOpenCurrent())
            {
                await Console.Error.WriteLineAsync("名称インデックスがまだありません。先にリストを取り込んでください（ingest）。\nThe name index is not built yet. Ingest the lists first (ingest).");
                return ExitIndexNotReady;
            }

            var screener = host.Services.GetRequiredService<INameScreener>();
            var batchFile = parseResult.GetValue(batch);
            if (batchFile is not null)
            {
                return await ScreenBatchAsync(screener, batchFile, cancellationToken);
            }

            var value = parseResult.GetValue(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                await Console.Error.WriteLineAsync("照会する名称を指定してください。\nGive a NAME to screen, or --batch FILE.");
                return ExitBadInput;
            }

            var result = screener.Screen(new ScreeningQuery
            {
                Name = value,
                Country = parseResult.GetValue(country),
                Kind = parseResult.GetValue(kind),
                Top = parseResult.GetValue(top),
            });
            if (parseResult.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(result, Json));
            }
            else
            {
                PrintText(value, result);
            }

            return 0;
        });
        return command;
    }

    private static async Task<int> ScreenBatchAsync(INameScreener screener, FileInfo file, CancellationToken cancellationToken)
    {
        var failures = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(file.FullName))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            BatchLine? input;
            try
            {
                input = JsonSerializer.Deserialize<BatchLine>(line, Json);
            }
            catch (JsonException exception)
            {
                input = null;
                await Console.Error.WriteLineAsync($"{file.Name}:{lineNumber}: invalid JSON ({exception.Message}); the line was skipped and reported.");
            }

            var queryName = input?.Name ?? input?.Query;
            if (string.IsNullOrWhiteSpace(queryName))
            {
                failures++;
                Console.WriteLine(JsonSerializer.Serialize(new { line = lineNumber, error = "The line has no name; expected {\"name\": \"...\"}." }, Json));
                continue;
            }

            var result = screener.Screen(new ScreeningQuery { Name = queryName, Country = input!.Country, Kind = input.Kind, Top = input.Top ?? 10 });
            var hits = result.Groups
                .SelectMany(group => group.Hits)
                .OrderByDescending(hit => hit.Score)
                .Select(hit => new { list = hit.Source, entityId = hit.SourceEntityId, name = hit.Name, matchedName = hit.MatchedName, score = hit.Score, group = hit.Group });
            Console.WriteLine(JsonSerializer.Serialize(new { line = lineNumber, query = queryName, hits }, Json));
        }

        return failures == 0 ? 0 : ExitBadInput;
    }

    private static void PrintText(string query, ScreeningResult result)
    {
        Console.WriteLine($"照会 / Query: {query}   索引 / Index: {result.Index.Id}");
        if (result.Groups.Count == 0)
        {
            Console.WriteLine("該当候補なし / No hits at or above the review threshold.");
            return;
        }

        foreach (var group in result.Groups)
        {
            // The group id is an internal key; the officer reads the best hit's name and the lists it spans.
            var lists = string.Join(", ", group.Hits.Select(hit => hit.Source).Distinct(StringComparer.Ordinal));
            Console.WriteLine($"[{group.Score.ToString("0.#", CultureInfo.InvariantCulture)}] {group.Hits[0].Name}  ({group.Hits.Count} 件 / entries: {lists})");
            foreach (var hit in group.Hits)
            {
                Console.WriteLine($"  {hit.Score.ToString("0.#", CultureInfo.InvariantCulture),5}  {hit.Source}:{hit.SourceEntityId}  {hit.Name}");
                Console.WriteLine($"         matched: {hit.MatchedName}");
                Console.WriteLine($"         {hit.Explanation.SummaryJa}");
                Console.WriteLine($"         {hit.Explanation.SummaryEn}");
            }
        }
    }

    private sealed record BatchLine(string? Name, string? Query, string? Country, PartyKind? Kind, int? Top);
}
