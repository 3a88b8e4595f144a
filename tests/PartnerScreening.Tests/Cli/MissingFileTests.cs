using System.CommandLine;
using PartnerScreening.Cli;
using PartnerScreening.Testing;
using Xunit;

namespace PartnerScreening.Tests.Cli;

// A mistyped input path is rejected when the command line is parsed, naming the path, before any work starts.
public sealed class MissingFileTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData("eval", "{0}")]
    [InlineData("eval", "--pairs", "{0}")]
    [InlineData("eval", "cases.jsonl", "--list-file", "{0}")]
    [InlineData("screen", "--batch", "{0}")]
    public async Task Parse_MissingInputFile_NamesThePath(params string[] template)
    {
        var missing = Path.Combine(directory.Path, "no-such-file.csv");
        File.WriteAllText(Path.Combine(directory.Path, "cases.jsonl"), "");
        var args = template.Select(arg => arg == "cases.jsonl" ? Path.Combine(directory.Path, arg) : string.Format(System.Globalization.CultureInfo.InvariantCulture, arg, missing)).ToArray();
        var root = new RootCommand("test");
        root.Options.Add(CommonOptions.DataDir);
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ScreenCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await root.Parse([.. args, "--data-dir", Path.Combine(directory.Path, "var")])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(missing, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("was not found", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(directory.Path, "var")), "no data directory is created for a rejected command");
    }
}
