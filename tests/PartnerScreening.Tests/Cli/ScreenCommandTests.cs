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
            ["""{"name": "Korea Mining Development Trading Corporation"}""", """{"name": "KOMID" """, """{"name": "()-."}""", """{"name": "KOMID", "country": "Japan"}""", """{"name": "KOMID", "kind": "ship"}"""],
            TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await RunAsync("screen", "--batch", batch);

        Assert.Equal(2, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(5, lines.Count);
        Assert.False(lines[0].TryGetProperty("error", out _));
        Assert.NotEqual(0, lines[0].GetProperty("hits").GetArrayLength());
        Assert.StartsWith("Line 2 is not valid JSON", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("no letter or digit", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("country 'Japan' is not an ISO 3166-1 alpha-2 code", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("kind 'ship' is not known; send organization, person, vessel or aircraft", lines[4].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("batch.jsonl:2: Line 2 is not valid JSON", error, StringComparison.Ordinal);
        Assert.DoesNotContain("PartnerScreening.", error, StringComparison.Ordinal);
    }

    // Japanese Excel and Windows tools save text in Shift_JIS; read as UTF-8 its names would match nothing.
    [Fact]
    public async Task ScreenBatch_ShiftJisFile_StopsAndAsksForUtf8()
    {
        var (ingestExit, ingestOutput, _) = await RunAsync("ingest", "--file", SharedPaths.List("meti-eul", "20250929_4.xlsx"));
        Assert.True(ingestExit == 0, ingestOutput);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var batch = Path.Combine(directory.Path, "sjis.jsonl");
        await File.WriteAllTextAsync(batch, """{"name": "哈爾浜工業大学"}""" + "\n", System.Text.Encoding.GetEncoding(932), TestContext.Current.CancellationToken);

        var (exitCode, output, error) = await RunAsync("screen", "--batch", batch);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("UTF-8 ではありません", error, StringComparison.Ordinal);
        Assert.Contains("sjis.jsonl: the text near line 1 is not UTF-8", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public async Task Screen_TopBelowOne_ExitsWithError(string top)
    {
        var (exitCode, _, error) = await RunAsync("screen", "KOMID", "--top", top);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"--top must be 1 or more, was {top}.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_UnknownKind_ExitsWithBilingualError()
    {
        var (exitCode, output, error) = await RunAsync("screen", "KOMID", "--kind", "company");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("--kind「company」は不明です", error, StringComparison.Ordinal);
        Assert.Contains("--kind 'company' is not known; send organization, person, vessel or aircraft", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_VeryLongName_EchoesItShortened()
    {
        var name = string.Concat(Enumerable.Repeat("Sichuan University ", 200));

        var (exitCode, _, error) = await RunAsync("screen", name);

        Assert.Equal(2, exitCode);
        Assert.Contains("the maximum is 500", error, StringComparison.Ordinal);
        Assert.True(error.Length < 1000, $"{error.Length} characters of error output");
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
