using System.CommandLine;
using Microsoft.Data.Sqlite;
using PartnerScreening.Cli;
using PartnerScreening.Testing;

namespace PartnerScreening.Tests.Cli;

// Runs 'compare' in-process on an empty data directory, so every word weighs the same.
public sealed class CompareCommandTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    [Fact]
    public async Task Compare_UnrelatedNames_PrintsNoMatch()
    {
        var (exitCode, output) = await RunAsync("compare", "Harbin Institute of Technology", "Zyxwv Qponm");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("score: 0", output, StringComparison.Ordinal);
        Assert.Contains("掲載名「Zyxwv Qponm」とは一致しません（スコア 0）。", output, StringComparison.Ordinal);
        Assert.Contains("No match with the listed name \"Zyxwv Qponm\" (score 0).", output, StringComparison.Ordinal);
        Assert.DoesNotContain("none", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_SameName_PrintsMatch()
    {
        var (exitCode, output) = await RunAsync("compare", "Harbin Institute of Technology", "Harbin Institute of Technology");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("score: 100", output, StringComparison.Ordinal);
        Assert.Contains("Matched the listed name", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Sichuan University")]
    [InlineData("Sichuan University", "   ")]
    public async Task Compare_EmptyName_ExitsWithError(string first, string second)
    {
        var (exitCode, output) = await RunAsync("compare", first, second);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var root = new RootCommand("test");
        root.Options.Add(CommonOptions.DataDir);
        root.Subcommands.Add(CompareCommand.Create());

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse([.. args, "--data-dir", Path.Combine(directory.Path, "var")])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }
}
