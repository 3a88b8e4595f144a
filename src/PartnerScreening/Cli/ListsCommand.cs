using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Hosting;
using PartnerScreening.Lists.Download;
using PartnerScreening.Storage;

namespace PartnerScreening.Cli;

/// <summary>
/// <c>lists [--json]</c>: each source's snapshot in force and last ingest attempt, as a table or a JSON array;
/// <c>lists diff --source ID</c>: the changes the last accepted snapshot of a source brought.
/// </summary>
internal static class ListsCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Write a JSON array instead of a table" };
        var command = new Command("lists", "Show each list source's snapshot in force and its last ingest attempt");
        command.Options.Add(json);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(CommonOptions.DataDir),
            parseResult.GetValue(json),
            parseResult.InvocationConfiguration.Output,
            cancellationToken));
        command.Subcommands.Add(ListsDiffCommand.Create(JsonOptions));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo dataDir, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        using var host = CliHost.Build(dataDir);
        await host.Services.EnsurePartnerScreeningDatabaseAsync(cancellationToken);
        var store = host.Services.GetRequiredService<IListSnapshotStore>();
        var configured = host.Services.GetRequiredService<IOptions<ListsOptions>>().Value.Sources.Keys;

        var inForce = await store.GetAllInForceAsync(cancellationToken);
        var sources = ListSourceIds.All
            .Concat(configured.Select(source => source.ToLowerInvariant()))
            .Concat(inForce.Select(snapshot => snapshot.Source))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        var rows = new List<ListStatusRow>();
        foreach (var source in sources)
        {
            var snapshot = inForce.FirstOrDefault(candidate => candidate.Source == source);
            var attempt = await store.GetLastAttemptAsync(source, cancellationToken);
            rows.Add(ListStatusRow.Create(source, snapshot, attempt));
        }

        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(rows, JsonOptions));
            return 0;
        }

        await WriteTableAsync(rows, output);
        return 0;
    }

    private static async Task WriteTableAsync(IReadOnlyList<ListStatusRow> rows, TextWriter output)
    {
        await output.WriteLineAsync($"{"SOURCE",-18} {"STATUS",-10} {"RECORDS",7}  {"EDITION",-10}  {"FETCHED AT (UTC)",-16}  {"SNAPSHOT",-45}  LAST ATTEMPT");
        foreach (var row in rows)
        {
            var lastAttempt = row.LastAttempt is { } attempt
                ? $"{attempt.Outcome} {Format(attempt.StartedAt)}"
                : "-";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{row.Source,-18} {row.Status,-10} {row.RecordCount?.ToString(CultureInfo.InvariantCulture) ?? "-",7}  {row.Edition?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",-10}  {Format(row.FetchedAt),-16}  {row.SnapshotId ?? "-",-45}  {lastAttempt}"));
        }

        foreach (var row in rows.Where(row => row.LastAttempt?.Outcome is IngestOutcome.Rejected or IngestOutcome.Failed))
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{row.Source}: {row.LastAttempt!.Message}");
        }
    }

    private static string Format(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
}

/// <summary>One row of <c>lists</c>: a source, its snapshot in force (if any) and its last ingest attempt.</summary>
internal sealed record ListStatusRow(
    string Source,
    string Status,
    int? RecordCount,
    string? SnapshotId,
    string? Sha256,
    DateTimeOffset? FetchedAt,
    DateOnly? Edition,
    string? ParserVersion,
    string? Origin,
    bool ReferenceOnly,
    IngestAttempt? LastAttempt)
{
    /// <summary>Status of a source without any accepted snapshot.</summary>
    public const string NoSnapshot = "none";

    public static ListStatusRow Create(string source, ListSnapshot? snapshot, IngestAttempt? attempt) => new(
        source,
        snapshot is null ? NoSnapshot : "in-force",
        snapshot?.RecordCount,
        snapshot?.Id,
        snapshot?.Sha256,
        snapshot?.FetchedAt,
        snapshot?.Edition,
        snapshot?.ParserVersion,
        snapshot?.Origin,
        ListSourceIds.IsReferenceOnly(source),
        attempt);
}
