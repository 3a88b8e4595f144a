using System.CommandLine;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Cli;
using PartnerScreening.Crawling;
using PartnerScreening.Testing;
using PartnerScreening.Tests.Web.Crawl;
using Xunit;

namespace PartnerScreening.Tests.Cli;

// Runs 'crawl' in-process against a WireMock site on 127.0.0.1, with the crawler settings set on the command's host.
public sealed class CrawlCommandTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    [Fact]
    public async Task Crawl_LoopbackNotAllowed_ExitsNothingFetchedWithReason()
    {
        using var site = new CrawlFixtureSite();

        var (exitCode, output, _) = await RunAsync(allowLoopback: false, "crawl", site.Root.AbsoluteUri);

        Assert.Equal(CrawlCommand.NothingFetchedExitCode, exitCode);
        Assert.Contains("何も確認できていません", output, StringComparison.Ordinal);
        Assert.Contains("No page could be fetched", output, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1 is a loopback address", output, StringComparison.Ordinal);
        Assert.Contains("Crawling__AllowLoopback=true", output, StringComparison.Ordinal);
        Assert.DoesNotContain("証拠は見つかりませんでした", output, StringComparison.Ordinal);
        Assert.DoesNotContain("No evidence found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrawlJson_LoopbackNotAllowed_JsonOnStdoutReasonOnStderr()
    {
        using var site = new CrawlFixtureSite();

        var (exitCode, output, error) = await RunAsync(allowLoopback: false, "crawl", site.Root.AbsoluteUri, "--json");

        Assert.Equal(CrawlCommand.NothingFetchedExitCode, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("coverage").GetProperty("pagesFetched").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("coverage").GetProperty("addressRejected").GetInt32());
        Assert.Contains("127.0.0.1 is a loopback address", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrawlHtmlOut_LoopbackNotAllowed_ReportSaysNothingChecked()
    {
        using var site = new CrawlFixtureSite();
        var reportPath = Path.Combine(directory.Path, "report.html");

        var (exitCode, _, _) = await RunAsync(allowLoopback: false, "crawl", site.Root.AbsoluteUri, "--out", reportPath);

        Assert.Equal(CrawlCommand.NothingFetchedExitCode, exitCode);
        var html = await File.ReadAllTextAsync(reportPath, TestContext.Current.CancellationToken);
        Assert.Contains("何も確認できていません", html, StringComparison.Ordinal);
        Assert.DoesNotContain("証拠は見つかりませんでした", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_LoopbackAllowed_ExitsZeroWithFinding()
    {
        using var site = new CrawlFixtureSite();

        var (exitCode, output, error) = await RunAsync(allowLoopback: true, "crawl", site.Root.AbsoluteUri);

        Assert.True(exitCode == 0, error);
        Assert.Contains("国防科技重点实验室", output, StringComparison.Ordinal);
        Assert.DoesNotContain("何も確認できていません", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Crawl_NamesNothingFetchedExitCode()
    {
        var description = CrawlCommand.Create().Description;

        Assert.Contains($"{CrawlCommand.NothingFetchedExitCode} no page could be fetched", description, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(bool allowLoopback, params string[] args)
    {
        var root = new RootCommand("test");
        root.Options.Add(CommonOptions.DataDir);
        root.Subcommands.Add(CrawlCommand.Create(services => services.Configure<CrawlingOptions>(options =>
        {
            options.ContactUrl = "https://export-control.example.ac.jp/crawler";
            options.ContactEmail = "export-control@example.ac.jp";
            options.MinimumDelay = TimeSpan.FromMilliseconds(1);
            options.CrawlDelayCap = TimeSpan.FromMilliseconds(10);
            options.ResponseTimeFactor = 0;
            options.AllowLoopback = allowLoopback;
        })));

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse([.. args, "--data-dir", Path.Combine(directory.Path, "var")])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
