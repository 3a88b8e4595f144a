using System.CommandLine;
using Microsoft.Data.Sqlite;
using PartnerScreening.Cli;
using PartnerScreening.Testing;
using Xunit;

namespace PartnerScreening.Tests.Cli;

// Runs 'ingest' and then 'rescreen' in-process on a fresh data directory, as an officer does after importing a
// list file by hand.
public sealed class RescreenCommandTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    [Fact]
    public async Task Rescreen_AfterIngestFile_Succeeds()
    {
        var ingestExit = await RunAsync("ingest", "--file", SharedPaths.List("meti-eul", "20250929_4.xlsx"));

        var rescreenExit = await RunAsync("rescreen");

        Assert.Equal(0, ingestExit);
        Assert.Equal(0, rescreenExit);
    }

    // The rescreen command writes to the console itself, which is left alone here: the tests of this assembly run
    // in parallel and share it.
    private async Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand("test");
        root.Options.Add(CommonOptions.DataDir);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(RescreenCommand.Create());

        using var output = new StringWriter();
        using var error = new StringWriter();
        return await root.Parse([.. args, "--data-dir", Path.Combine(directory.Path, "var")])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
    }
}
