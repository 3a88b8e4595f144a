using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using PartnerScreening.Hosting;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Storage;

namespace PartnerScreening.Cli;

/// <summary>
/// <c>ingest [--source ID] [--file PATH]</c>: downloads the official lists (or imports a saved file) into new
/// snapshots. Prints one line per source; the exit code is 1 when any source failed or was rejected.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var source = new Option<string?>("--source")
        {
            Description = "List source id, e.g. meti-eul, us-csl, ofac-sdn (default: every enabled source; with --file: told from the file)",
        };
        var file = new Option<FileInfo?>("--file")
        {
            Description = "A saved list file to import instead of downloading; for a set of files (OFAC CSV) name any one of them",
        };

        var command = new Command("ingest", "Download the official lists, or import a saved list file, into validated snapshots");
        command.Options.Add(source);
        command.Options.Add(file);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(CommonOptions.DataDir),
            parseResult.GetValue(source),
            parseResult.GetValue(file),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        DirectoryInfo dataDir, string? source, FileInfo? file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var host = CliHost.Build(dataDir);
        await host.Services.EnsurePartnerScreeningDatabaseAsync(cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<ListIngestionService>();

        IngestRunResult run;
        try
        {
            run = (file, source) switch
            {
                (not null, _) => await service.IngestFileAsync(file.FullName, source, cancellationToken),
                (null, not null) => await service.IngestSourceAsync(source, cancellationToken),
                _ => await service.IngestAllAsync(cancellationToken),
            };
        }
        catch (Exception exception) when (exception is ArgumentException or FileNotFoundException or OptionsValidationException)
        {
            await error.WriteLineAsync(exception.Message);
            return 2;
        }

        foreach (var result in run.Sources)
        {
            await output.WriteLineAsync(FormatLine(result));
        }

        foreach (var handler in run.FailedHandlers)
        {
            await error.WriteLineAsync($"After the ingest, {handler} failed; the new snapshots are stored but the name index may be out of date. See the log and run the ingest again.");
        }

        if (run.Sources.Count == 0)
        {
            await output.WriteLineAsync("No list source is enabled in Lists:Sources; nothing was ingested.");
        }

        return run.Succeeded ? 0 : 1;
    }

    internal static string FormatLine(SourceIngestResult result)
    {
        var attempt = result.Attempt;
        var counts = result.Diff is { } diff
            ? string.Create(CultureInfo.InvariantCulture, $"records={attempt.RecordCount} added={diff.Added.Count} removed={diff.Removed.Count} changed={diff.Changed.Count}")
            : string.Create(CultureInfo.InvariantCulture, $"records={attempt.RecordCount?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
        return $"{attempt.Source,-18} {attempt.Outcome,-9} {counts}  {IngestMessage.WithoutSourcePrefix(attempt.Source, attempt.Message ?? "")}";
    }
}
