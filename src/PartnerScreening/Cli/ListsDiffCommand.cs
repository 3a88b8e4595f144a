using System.CommandLine;
using System.Text.Json;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Hosting;
using PartnerScreening.Storage;

namespace PartnerScreening.Cli;

/// <summary><c>lists diff --source ID [--json]</c>: the entries added, removed and changed by the last accepted snapshot of a source.</summary>
internal static class ListsDiffCommand
{
    public static Command Create(JsonSerializerOptions jsonOptions)
    {
        var source = new Option<string>("--source")
        {
            Description = "List source id, e.g. meti-eul",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Write the diff as JSON" };

        var command = new Command("diff", "Show what the last accepted snapshot of a source added, removed and changed");
        command.Options.Add(source);
        command.Options.Add(json);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(CommonOptions.DataDir),
            parseResult.GetRequiredValue(source).ToLowerInvariant(),
            parseResult.GetValue(json) ? jsonOptions : null,
            parseResult.InvocationConfiguration.Output,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        DirectoryInfo dataDir, string source, JsonSerializerOptions? jsonOptions, TextWriter output, CancellationToken cancellationToken)
    {
        using var host = CliHost.Build(dataDir);
        await host.Services.EnsurePartnerScreeningDatabaseAsync(cancellationToken);
        var store = host.Services.GetRequiredService<IListSnapshotStore>();

        var diff = await store.GetLastDiffAsync(source, cancellationToken);
        if (diff is null)
        {
            await output.WriteLineAsync($"{source}: no snapshot has been accepted yet, so there is no diff. Run 'ingest --source {source}' first.");
            return 1;
        }

        if (jsonOptions is not null)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(diff, jsonOptions));
            return 0;
        }

        await output.WriteLineAsync($"{source}: {diff.PreviousSnapshotId ?? "(no previous snapshot)"} -> {diff.SnapshotId}");
        await output.WriteLineAsync($"Added ({diff.Added.Count}):");
        foreach (var entry in diff.Added)
        {
            await output.WriteLineAsync($"  + {entry.SourceEntityId}  {entry.PrimaryName}");
        }

        await output.WriteLineAsync($"Removed ({diff.Removed.Count}):");
        foreach (var entry in diff.Removed)
        {
            await output.WriteLineAsync($"  - {entry.SourceEntityId}  {entry.PrimaryName}");
        }

        await output.WriteLineAsync($"Changed ({diff.Changed.Count}):");
        foreach (var change in diff.Changed)
        {
            var ids = change.PreviousSourceEntityId == change.SourceEntityId
                ? change.SourceEntityId
                : $"{change.PreviousSourceEntityId} -> {change.SourceEntityId}";
            await output.WriteLineAsync($"  ~ {ids}  {change.PrimaryName}  [{string.Join(", ", change.Fields)}]");
        }

        return 0;
    }
}
