using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PartnerScreening.Hosting;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Screening;
using PartnerScreening.Screenings;

namespace PartnerScreening.Cli;

/// <summary><c>compare NAME1 NAME2</c>: scores one name against another and explains the score.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var first = new Argument<string>("name1") { Description = "Name as a query" };
        var second = new Argument<string>("name2") { Description = "Name as listed" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var kind = new Option<string?>("--kind") { Description = "person to apply the rules for people's names (name order, left-out middle names); organization by default" };
        var command = new Command("compare", "Score one name against another and explain the score (名称比較)") { first, second, json, kind };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var errors = new Dictionary<string, string[]>();
            SubjectValidator.CheckName("NAME1", parseResult.GetValue(first), errors);
            SubjectValidator.CheckName("NAME2", parseResult.GetValue(second), errors);
            var partyKind = SubjectValidator.CheckKind(parseResult.GetValue(kind), errors, "--kind");
            if (errors.Count > 0)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                    $"比較する 2 つの名称には文字か数字を含む {SubjectValidator.MaxNameLength} 文字以内の名称を、--kind には organization、person、vessel、aircraft のいずれかを指定してください。\n" + string.Join("\n", errors.Values.SelectMany(messages => messages)));
                return 2;
            }

            using var host = CliHost.Build(parseResult.GetRequiredValue(CommonOptions.DataDir));

            // Word weights come from the current index when there is one; without it every word weighs the same.
            await host.Services.GetRequiredService<IndexOpener>().OpenOrRebuildAsync(cancellationToken);
            var comparison = host.Services.GetRequiredService<NameComparer>().Compare(parseResult.GetRequiredValue(first), parseResult.GetRequiredValue(second), partyKind);
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(comparison, new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                return 0;
            }

            await output.WriteLineAsync($"score: {comparison.Score.ToString("0.#", CultureInfo.InvariantCulture)}");
            await output.WriteLineAsync(comparison.Explanation.SummaryJa);
            await output.WriteLineAsync(comparison.Explanation.SummaryEn);
            foreach (var token in comparison.Explanation.Tokens)
            {
                await output.WriteLineAsync($"  {token.QueryToken,-24} {token.ListedToken ?? "-",-24} sim {token.Similarity.ToString("0.00", CultureInfo.InvariantCulture)}  weight {token.Weight.ToString("0.00", CultureInfo.InvariantCulture)}  {token.Method}");
            }

            return 0;
        });
        return command;
    }
}
