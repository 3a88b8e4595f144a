using System.CommandLine;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PartnerScreening.Cli;
using PartnerScreening.Testing;

namespace PartnerScreening.Tests.Cli;

// Runs 'screen' in-process as Program.cs wires it. Input checks run before the index opens, so most cases need no ingest.
public sealed class ScreenCommandTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    [Theory]
    [InlineData("Japan")]
    [InlineData("ZZ")]
    [InlineData("J")]
    public async Task Screen_CountryNotAlpha2_ExitsWithBilingualError(string country)
    {
        var (exitCode, output, error) = await RunAsync("screen", "KOMID", "--country", country);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"--country「{country}」", error, StringComparison.Ordinal);
        Assert.Contains("ISO 3166-1 alpha-2", error, StringComparison.Ordinal);
        Assert.Contains($"--country '{country}' is not an ISO 3166-1 alpha-2 code", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("()-.")]
    [InlineData("・")]
    public async Task Screen_NameWithoutLetterOrDigit_ExitsWithError(string name)
    {
        var (exitCode, output, error) = await RunAsync("screen", name);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"「{name}」", error, StringComparison.Ordinal);
        Assert.Contains("has no letter or digit", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenBatch_InvalidLines_ReportEachProblem()
    {
        var (ingestExit, ingestOutput, _) = await RunAsync("ingest", "--file", SharedPaths.List("meti-eul", "20250929_4.xlsx"));
        Assert.True(ingestExit == 0, ingestOutput);
        var batch = Path.Combine(directory.Path, "batch.jsonl");
        await File.WriteAllLinesAsync(
            batch,
            ["""{"name": "Korea Mining Development Trading Corporation"}""", """{"name": "KOMID" """, """{"name": "()-."}""", """{"name": "KOMID", "country": "Japan"}"""],
            TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await RunAsync("screen", "--batch", batch);

        Assert.Equal(2, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.False(lines[0].TryGetProperty("error", out _));
        Assert.NotEqual(0, lines[0].GetProperty("hits").GetArrayLength());
        Assert.StartsWith("Line 2 is not valid JSON", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("no letter or digit", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("country 'Japan' is not an ISO 3166-1 alpha-2 code", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("batch.jsonl:2: Line 2 is not valid JSON", error, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand("test");
        root.Options.Add(CommonOptions.DataDir);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ScreenCommand.Create());

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse([.. args, "--data-dir", Path.Combine(directory.Path, "var")])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
