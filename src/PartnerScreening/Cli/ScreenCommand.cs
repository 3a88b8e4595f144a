using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Hosting;
using PartnerScreening.Matching.Index;
using PartnerScreening.Screenings;

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
        var kind = new Option<string?>("--kind") { Description = "organization, person, vessel or aircraft" };
        var top = new Option<int>("--top") { Description = "Maximum number of hit groups, 1 or more (default 10)", DefaultValueFactory = _ => 10 };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError($"--top は 1 以上にしてください（指定値 {result.GetValueOrDefault<int>()}）。\n--top must be 1 or more, was {result.GetValueOrDefault<int>()}.");
            }
        });
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var batch = new Option<FileInfo?>("--batch") { Description = "JSON Lines file, one object per line with name (or query) and optional country and kind" }.MustExist();
        var command = new Command("screen", "Screen a name against every list in force (名称スクリーニング)") { name, country, kind, top, json, batch };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var batchFile = parseResult.GetValue(batch);
            var value = parseResult.GetValue(name);
            var countryCode = default(string);
            var kindValue = default(PartyKind?);
            if (batchFile is null)
            {
                var errors = new Dictionary<string, string[]>();
                if (string.IsNullOrWhiteSpace(value))
                {
                    await error.WriteLineAsync("照会する名称を指定してください。\nGive a NAME to screen, or --batch FILE.");
                    return ExitBadInput;
                }

                if (SubjectValidator.CheckName("NAME", value, errors) is null)
                {
                    await error.WriteLineAsync($"照会する名称「{SubjectValidator.Shorten(value.Trim())}」は使えません（{value.Trim().Length} 文字）。文字か数字を含む、{SubjectValidator.MaxNameLength} 文字以内の名称を指定してください。\n{errors["NAME"][0]}");
                    return ExitBadInput;
                }

                countryCode = SubjectValidator.CheckCountry(parseResult.GetValue(country), errors, "--country");
                if (errors.Count > 0)
                {
                    await error.WriteLineAsync($"--country「{parseResult.GetValue(country)}」は ISO 3166-1 alpha-2 の国コードではありません。JP、CN、US のような 2 文字で指定してください。\n{errors["--country"][0]}");
                    return ExitBadInput;
                }

                kindValue = SubjectValidator.CheckKind(parseResult.GetValue(kind), errors, "--kind");
                if (errors.Count > 0)
                {
                    await error.WriteLineAsync($"--kind「{parseResult.GetValue(kind)}」は不明です。organization（団体）、person（個人）、vessel（船舶）、aircraft（航空機）のいずれかを指定してください。\n{errors["--kind"][0]}");
                    return ExitBadInput;
                }
            }

            using var host = CliHost.Build(parseResult.GetRequiredValue(CommonOptions.DataDir));
            if (!await host.Services.GetRequiredService<IndexOpener>().OpenOrRebuildAsync(cancellationToken))
            {
                await error.WriteLineAsync("名称インデックスがまだありません。先にリストを取り込んでください（ingest）。\nThe name index is not built yet. Ingest the lists first (ingest).");
                return ExitIndexNotReady;
            }

            var screener = host.Services.GetRequiredService<INameScreener>();
            if (batchFile is not null)
            {
                return await ScreenBatchAsync(screener, batchFile, output, error, cancellationToken);
            }

            var result = screener.Screen(new ScreeningQuery
            {
                Name = value!.Trim(),
                Country = countryCode,
                Kind = kindValue,
                Top = parseResult.GetValue(top),
            });
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(result, Json));
            }
            else
            {
                PrintText(output, value.Trim(), result);
            }

            return 0;
        });
        return command;
    }

    private static async Task<int> ScreenBatchAsync(
        INameScreener screener, FileInfo file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var failures = 0;
        var lineNumber = 0;

        // Strict UTF-8 (or UTF-16 with a byte-order mark): a file saved in Shift_JIS or Latin-1 would otherwise be
        // screened as replacement characters and come back clear.
        using var reader = new StreamReader(file.FullName, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? line;
            try
            {
                line = await reader.ReadLineAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                await error.WriteLineAsync(
                    $"{file.Name} の {lineNumber + 1} 行目付近は UTF-8 ではありません。UTF-8 で保存し直してから実行してください（Excel では「CSV UTF-8」）。\n" +
                    $"{file.Name}: the text near line {lineNumber + 1} is not UTF-8. Save the file as UTF-8 and run again; the lines before it were screened, nothing from there on.");
                return ExitBadInput;
            }

            if (line is null)
            {
                break;
            }

            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (input, problem) = ParseBatchLine(line, lineNumber);
            if (input is null)
            {
                failures++;
                await error.WriteLineAsync($"{file.Name}:{lineNumber}: {problem} The line was skipped.");
                await output.WriteLineAsync(JsonSerializer.Serialize(new { line = lineNumber, error = problem }, Json));
                continue;
            }

            var result = screener.Screen(new ScreeningQuery { Name = input.Name, Country = input.Country, Kind = input.Kind, Top = input.Top });
            var hits = result.Groups
                .SelectMany(group => group.Hits)
                .OrderByDescending(hit => hit.Score)
                .Select(hit => new { list = hit.Source, entityId = hit.SourceEntityId, name = hit.Name, matchedName = hit.MatchedName, score = hit.Score, group = hit.Group });
            await output.WriteLineAsync(JsonSerializer.Serialize(new { line = lineNumber, query = input.Name, hits }, Json));
        }

        return failures == 0 ? 0 : ExitBadInput;
    }

    /// <summary>
    /// Parses and validates one JSON Lines entry. Returns the line with its name and country normalised, or null and
    /// a sentence naming the line and what is wrong with it.
    /// </summary>
    private static (ScreeningInput? Line, string? Problem) ParseBatchLine(string line, int lineNumber)
    {
        BatchLine? input;
        try
        {
            input = JsonSerializer.Deserialize<BatchLine>(line, Json);
        }
        catch (JsonException exception)
        {
            var where = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "" : $" at {exception.Path}";
            return (null, $"Line {lineNumber} is not valid JSON or has a value of the wrong type{where}; expected {{\"name\": \"...\", \"country\": \"CN\", \"kind\": \"organization\", \"top\": 10}} with only name required.");
        }

        if (input is null)
        {
            return (null, $"Line {lineNumber} was not screened: it is not a JSON object. Expected {{\"name\": \"...\"}}.");
        }

        var errors = new Dictionary<string, string[]>();
        if (input.Name is null && input.Query is null)
        {
            errors["name"] = ["the line has no \"name\" (or \"query\") field: send the name to screen in it."];
        }

        var name = errors.Count > 0 ? null : SubjectValidator.CheckName("name", input.Name ?? input.Query, errors);
        var country = SubjectValidator.CheckCountry(input.Country, errors, "country");
        var kind = SubjectValidator.CheckKind(input.Kind, errors, "kind");
        if (input.Top is < 1)
        {
            errors["top"] = [$"top must be 1 or more, was {input.Top}."];
        }

        if (errors.Count > 0)
        {
            var reasons = string.Join(" ", errors.Values.SelectMany(messages => messages));
            return (null, $"Line {lineNumber} was not screened: {reasons} Expected {{\"name\": \"...\"}}.");
        }

        return (new ScreeningInput(name!, country, kind, input.Top ?? 10), null);
    }

    private static void PrintText(TextWriter output, string query, ScreeningResult result)
    {
        output.WriteLine($"照会 / Query: {query}   索引 / Index: {result.Index.Id}");
        if (result.Groups.Count == 0)
        {
            output.WriteLine("該当候補なし / No hits at or above the review threshold.");
            return;
        }

        foreach (var group in result.Groups)
        {
            // The group id is an internal key; the officer reads the best hit's name and the lists it spans.
            var lists = string.Join(", ", group.Hits.Select(hit => hit.Source).Distinct(StringComparer.Ordinal));
            output.WriteLine($"[{group.Score.ToString("0.#", CultureInfo.InvariantCulture)}] {group.Hits[0].Name}  ({group.Hits.Count} 件 / entries: {lists})");
            foreach (var hit in group.Hits)
            {
                output.WriteLine($"  {hit.Score.ToString("0.#", CultureInfo.InvariantCulture),5}  {hit.Source}:{hit.SourceEntityId}  {hit.Name}");
                output.WriteLine($"         matched: {hit.MatchedName}");
                output.WriteLine($"         {hit.Explanation.SummaryJa}");
                output.WriteLine($"         {hit.Explanation.SummaryEn}");
            }
        }
    }

    private sealed record BatchLine(string? Name, string? Query, string? Country, string? Kind, int? Top);

    private sealed record ScreeningInput(string Name, string? Country, PartyKind? Kind, int Top);
}
