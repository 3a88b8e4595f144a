using System.CommandLine;
using Microsoft.Data.Sqlite;
using PartnerScreening.Cli;
using PartnerScreening.Testing;

namespace PartnerScreening.Tests.Cli;

// Runs 'ingest' in-process on damaged copies of real list files and reads the line it prints.
public sealed class IngestMessageTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    [Theory]
    [InlineData("un-sc", "un-consolidated", "consolidated.xml", "the XML is not well-formed")]
    [InlineData("meti-eul", "meti-eul", "20250929_4.xlsx", "not a readable Excel workbook")]
    public async Task Ingest_TruncatedFile_NamesSourceOnce(string source, string folder, string fileName, string problem)
    {
        var original = await File.ReadAllBytesAsync(SharedPaths.List(folder, fileName), TestContext.Current.CancellationToken);
        var truncated = Path.Combine(directory.Path, fileName);
        await File.WriteAllBytesAsync(truncated, original[..5000], TestContext.Current.CancellationToken);

        var (exitCode, output) = await RunAsync("ingest", "--source", source, "--file", truncated);

        Assert.Equal(1, exitCode);
        Assert.StartsWith(source, output, StringComparison.Ordinal);
        Assert.Contains(problem, output, StringComparison.Ordinal);
        Assert.DoesNotContain($"{source}: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("..", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var root = new RootCommand("test");
        root.Options.Add(CommonOptions.DataDir);
        root.Subcommands.Add(IngestCommand.Create());

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse([.. args, "--data-dir", Path.Combine(directory.Path, "var")])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }
}
