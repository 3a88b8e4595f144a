using System.CommandLine;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PartnerScreening.Cli;
using PartnerScreening.Testing;
using Xunit;

namespace PartnerScreening.Tests.Cli;

// Runs the 'ingest' and 'lists' subcommands in-process, as Program.cs wires them, on a fresh data directory.
public sealed class ListsCommandsTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    [Fact]
    public async Task IngestFileThenListsJson_RealMetiWorkbook_Reports835Records()
    {
        var workbook = SharedPaths.List("meti-eul", "20250929_4.xlsx");

        var (ingestExit, ingestOutput, _) = await RunAsync("ingest", "--file", workbook);
        var (listsExit, listsOutput, _) = await RunAsync("lists", "--json");

        Assert.Equal(0, ingestExit);
        Assert.StartsWith("meti-eul", ingestOutput, StringComparison.Ordinal);
        Assert.Contains("Accepted", ingestOutput, StringComparison.Ordinal);
        Assert.Equal(0, listsExit);
        using var json = JsonDocument.Parse(listsOutput);
        var meti = json.RootElement.EnumerateArray().Single(row => row.GetProperty("source").GetString() == "meti-eul");
        Assert.Equal(835, meti.GetProperty("recordCount").GetInt32());
        Assert.Equal("in-force", meti.GetProperty("status").GetString());
        Assert.Equal("2025-09-29", meti.GetProperty("edition").GetString());
        Assert.StartsWith("27ff3c7a98d0103e", meti.GetProperty("sha256").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("meti-eul-", meti.GetProperty("snapshotId").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, meti.GetProperty("fetchedAt").ValueKind);
        Assert.Equal("Accepted", meti.GetProperty("lastAttempt").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task IngestFile_RenamedMetiWorkbookWithSource_Accepted()
    {
        // An officer's copy saved under a name of their own: the named source decides, not METI's file name.
        var path = Path.Combine(directory.Path, "gaikoku-user-list.xlsx");
        File.Copy(SharedPaths.List("meti-eul", "20250929_4.xlsx"), path);

        var (exitCode, output, _) = await RunAsync("ingest", "--source", "meti-eul", "--file", path);

        Assert.Equal(0, exitCode);
        Assert.Contains("Accepted", output, StringComparison.Ordinal);
        Assert.Contains("records=835", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestFile_EmptyCopyOfList_ExitsNonZero()
    {
        var path = Path.Combine(directory.Path, "20250929_4.xlsx");
        await File.WriteAllBytesAsync(path, [], TestContext.Current.CancellationToken);

        var (exitCode, output, _) = await RunAsync("ingest", "--source", "meti-eul", "--file", path);

        Assert.Equal(1, exitCode);
        Assert.Contains("meti-eul", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Accepted", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsDiff_AfterTwoEditions_ShowsAddedEntries()
    {
        // The PDF of the previous edition (748 entries) then the Excel of the current one (835 entries).
        var previousEdition = SharedPaths.List("meti-eul", "20250131003-1.pdf");
        var currentEdition = SharedPaths.List("meti-eul", "20250929_4.xlsx");
        var (firstExit, firstOutput, _) = await RunAsync("ingest", "--source", "meti-eul", "--file", previousEdition);
        Assert.True(firstExit == 0, firstOutput);
        var (secondExit, secondOutput, _) = await RunAsync("ingest", "--source", "meti-eul", "--file", currentEdition);
        Assert.True(secondExit == 0, secondOutput);

        var (exitCode, output, _) = await RunAsync("lists", "diff", "--source", "meti-eul");

        Assert.Equal(0, exitCode);
        Assert.Contains("Added (", output, StringComparison.Ordinal);
        Assert.Contains("Removed (", output, StringComparison.Ordinal);
        Assert.Contains("Changed (", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Added (0)", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand("test");
        root.Options.Add(CommonOptions.DataDir);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ListsCommand.Create());

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse([.. args, "--data-dir", Path.Combine(directory.Path, "var")])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
