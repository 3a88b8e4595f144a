using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Lists.Tests.Fixtures;
using PartnerScreening.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace PartnerScreening.Lists.Tests.Download;

// A WireMock server on 127.0.0.1 plays the publisher and serves the real METI End User List workbook; the real
// METI parser reads it. Retries wait 10 ms so the resilience pipeline runs on the system clock without slowing the tests.
public sealed class ListDownloadTests : IDisposable
{
    private const string Source = ListSourceIds.MetiEndUserList;
    private const int MetiRecordCount = 835;
    private const string FilePath = "/policy/anpo/20250929_4.xlsx";

    private readonly WireMockServer server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
    private readonly byte[] metiWorkbook = File.ReadAllBytes(SharedPaths.List("meti-eul", "20250929_4.xlsx"));

    public void Dispose() => server.Stop();

    [Fact]
    public async Task IngestSourceAsync_TwoServiceUnavailable_RetriesAndAccepts()
    {
        var file = Request.Create().WithPath(FilePath).UsingGet();
        server.Given(file).InScenario("flaky").WillSetStateTo("failed once")
            .RespondWith(Response.Create().WithStatusCode(503));
        server.Given(file).InScenario("flaky").WhenStateIs("failed once").WillSetStateTo("failed twice")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "0"));
        server.Given(file).InScenario("flaky").WhenStateIs("failed twice")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(metiWorkbook));
        await using var host = await CreateHostAsync(DirectDownload());

        var run = await host.CreateIngestion().IngestSourceAsync(Source, TestContext.Current.CancellationToken);

        var result = Assert.Single(run.Sources);
        Assert.Equal(IngestOutcome.Accepted, result.Outcome);
        Assert.Equal(MetiRecordCount, result.InForce!.RecordCount);
        Assert.Equal(3, server.LogEntries.Count());
        Assert.Single(host.Handler.Calls);
    }

    [Fact]
    public async Task IngestSourceAsync_AlwaysServiceUnavailable_FailsAndKeepsSnapshot()
    {
        ServeFile(metiWorkbook);
        await using var host = await CreateHostAsync(DirectDownload());
        var first = await AcceptAsync(host);
        server.ResetMappings();
        server.Given(Request.Create().WithPath(FilePath).UsingGet()).RespondWith(Response.Create().WithStatusCode(503));

        var run = await host.CreateIngestion().IngestSourceAsync(Source, TestContext.Current.CancellationToken);

        var result = Assert.Single(run.Sources);
        Assert.Equal(IngestOutcome.Failed, result.Outcome);
        Assert.Contains(first.Id, result.Attempt.Message, StringComparison.Ordinal);
        Assert.Equal(first.Id, (await host.Store.GetInForceAsync(Source, TestContext.Current.CancellationToken))!.Id);
    }

    [Fact]
    public async Task IngestSourceAsync_TruncatedFile_RejectedAndSnapshotKept()
    {
        ServeFile(metiWorkbook);
        await using var host = await CreateHostAsync(DirectDownload());
        var first = await AcceptAsync(host);
        server.ResetMappings();
        ServeFile(metiWorkbook[..(metiWorkbook.Length / 2)]);

        var run = await host.CreateIngestion().IngestSourceAsync(Source, TestContext.Current.CancellationToken);

        var result = Assert.Single(run.Sources);
        Assert.Equal(IngestOutcome.Rejected, result.Outcome);
        Assert.Contains("20250929_4.xlsx", result.Attempt.Message, StringComparison.Ordinal);
        Assert.Equal(first.Id, result.Attempt.SnapshotId);
        var inForce = await host.Store.GetInForceAsync(Source, TestContext.Current.CancellationToken);
        Assert.Equal(first.Id, inForce!.Id);
        Assert.Equal(MetiRecordCount, inForce.RecordCount);
        Assert.Single(await host.Store.GetHistoryAsync(Source, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task IngestSourceAsync_NotModified_NoNewSnapshot()
    {
        var file = Request.Create().WithPath(FilePath).UsingGet();
        server.Given(file.WithHeader("If-None-Match", "\"v1\"")).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(304));
        server.Given(Request.Create().WithPath(FilePath).UsingGet()).AtPriority(2)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("ETag", "\"v1\"").WithBody(metiWorkbook));
        await using var host = await CreateHostAsync(DirectDownload());
        var first = await AcceptAsync(host);

        var run = await host.CreateIngestion().IngestSourceAsync(Source, TestContext.Current.CancellationToken);

        var result = Assert.Single(run.Sources);
        Assert.Equal(IngestOutcome.Unchanged, result.Outcome);
        Assert.Equal(first.Id, result.Attempt.SnapshotId);
        Assert.Contains("304", result.Attempt.Message, StringComparison.Ordinal);
        Assert.Single(await host.Store.GetHistoryAsync(Source, TestContext.Current.CancellationToken));
        Assert.Single(host.Handler.Calls);
        Assert.Equal(304, server.LogEntries.Last().ResponseMessage.StatusCode);
    }

    [Fact]
    public async Task IngestSourceAsync_IndexPageLinksNewFile_FollowsNewLink()
    {
        ServeIndexPage("20250929_4.xlsx");
        ServeFile(metiWorkbook);
        await using var host = await CreateHostAsync(IndexPageDownload());
        var first = await AcceptAsync(host);
        Assert.EndsWith(FilePath, first.Origin, StringComparison.Ordinal);

        server.ResetMappings();
        ServeIndexPage("20251215_3.xlsx");
        server.Given(Request.Create().WithPath("/policy/anpo/20251215_3.xlsx").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(metiWorkbook));
        var run = await host.CreateIngestion().IngestSourceAsync(Source, TestContext.Current.CancellationToken);

        var result = Assert.Single(run.Sources);
        Assert.True(result.Succeeded, result.Attempt.Message);
        Assert.Equal($"{server.Url}/policy/anpo/20251215_3.xlsx", result.Attempt.Origin);
        var newFileRequest = server.LogEntries.Single(entry => entry.RequestMessage.Path == "/policy/anpo/20251215_3.xlsx");
        Assert.False(newFileRequest.RequestMessage.Headers?.ContainsKey("If-None-Match") ?? false);
    }

    [Fact]
    public async Task IngestSourceAsync_IndexPageWithoutMatchingLink_FailsNamingPattern()
    {
        server.Given(Request.Create().WithPath("/policy/anpo/law00.html").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html; charset=utf-8")
                .WithBody("<html><body><a href=\"/policy/anpo/moved.html\">移転しました</a></body></html>"));
        await using var host = await CreateHostAsync(IndexPageDownload());

        var run = await host.CreateIngestion().IngestSourceAsync(Source, TestContext.Current.CancellationToken);

        var result = Assert.Single(run.Sources);
        Assert.Equal(IngestOutcome.Failed, result.Outcome);
        Assert.Contains("has no link matching", result.Attempt.Message, StringComparison.Ordinal);
        Assert.Contains("IndexPage", result.Attempt.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestSourceAsync_HtmlErrorPageInsteadOfFile_Rejected()
    {
        ServeFile(metiWorkbook);
        await using var host = await CreateHostAsync(DirectDownload());
        var first = await AcceptAsync(host);
        server.ResetMappings();
        server.Given(Request.Create().WithPath(FilePath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html")
                .WithBody("<!DOCTYPE html>\n<html lang=\"ja\"><head><title>メンテナンス中</title></head><body>ただいまメンテナンス中です。</body></html>"));

        var run = await host.CreateIngestion().IngestSourceAsync(Source, TestContext.Current.CancellationToken);

        var result = Assert.Single(run.Sources);
        Assert.Equal(IngestOutcome.Rejected, result.Outcome);
        Assert.Contains("HTML page", result.Attempt.Message, StringComparison.Ordinal);
        Assert.Equal(first.Id, (await host.Store.GetInForceAsync(Source, TestContext.Current.CancellationToken))!.Id);
    }

    [Fact]
    public async Task IngestSourceAsync_FileOverSizeLimit_Fails()
    {
        ServeFile(metiWorkbook);
        var settings = DirectDownload();
        settings["Lists:Http:MaxDownloadBytes"] = "1000";
        await using var host = await CreateHostAsync(settings);

        var run = await host.CreateIngestion().IngestSourceAsync(Source, TestContext.Current.CancellationToken);

        var result = Assert.Single(run.Sources);
        Assert.Equal(IngestOutcome.Failed, result.Outcome);
        Assert.Contains("MaxDownloadBytes", result.Attempt.Message, StringComparison.Ordinal);
        Assert.Null(await host.Store.GetInForceAsync(Source, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task IngestAllAsync_OneSourceFails_OthersStillIngested()
    {
        ServeFile(metiWorkbook);
        server.Given(Request.Create().WithPath("/un/consolidated.xml").UsingGet()).RespondWith(Response.Create().WithStatusCode(404));
        var settings = DirectDownload();
        settings[$"Lists:Sources:{ListSourceIds.UnSecurityCouncil}:Downloads:0:Url"] = $"{server.Url}/un/consolidated.xml";
        await using var host = await CreateHostAsync(settings);

        var run = await host.CreateIngestion().IngestAllAsync(TestContext.Current.CancellationToken);

        Assert.Equal([ListSourceIds.MetiEndUserList, ListSourceIds.UnSecurityCouncil], run.Sources.Select(result => result.Source));
        Assert.Equal([IngestOutcome.Accepted, IngestOutcome.Failed], run.Sources.Select(result => result.Outcome));
        Assert.False(run.Succeeded);
        var call = Assert.Single(host.Handler.Calls);
        Assert.Equal(Source, Assert.Single(call).Source);
        var failed = await host.Store.GetLastAttemptAsync(ListSourceIds.UnSecurityCouncil, TestContext.Current.CancellationToken);
        Assert.Contains("404", failed!.Message, StringComparison.Ordinal);
    }

    private void ServeFile(byte[] content) =>
        server.Given(Request.Create().WithPath(FilePath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200)
                .WithHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .WithBody(content));

    private void ServeIndexPage(string currentFile) =>
        server.Given(Request.Create().WithPath("/policy/anpo/law00.html").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html; charset=utf-8").WithBody(
                $"""
                <html lang="ja"><body>
                <a href="/policy/anpo/apply.xlsx">申請書様式</a>
                <a href="20250929_2.pdf">「外国ユーザーリスト」について</a>
                <a href="{currentFile}">外国ユーザーリスト（Excel）</a>
                </body></html>
                """));

    private Dictionary<string, string?> DirectDownload() => new()
    {
        [$"Lists:Sources:{Source}:Downloads:0:Url"] = $"{server.Url}{FilePath}",
        ["Lists:Http:RetryDelay"] = "00:00:00.010",
    };

    private Dictionary<string, string?> IndexPageDownload() => new()
    {
        [$"Lists:Sources:{Source}:IndexPage:Url"] = $"{server.Url}/policy/anpo/law00.html",
        [$"Lists:Sources:{Source}:IndexPage:LinkPattern"] = @"/policy/anpo/\d{8}_\d+\.xlsx$",
        ["Lists:Http:RetryDelay"] = "00:00:00.010",
    };

    private static Task<ListsTestHost> CreateHostAsync(Dictionary<string, string?> settings) =>
        ListsTestHost.CreateAsync([], settings, systemClock: true);

    private static async Task<ListSnapshot> AcceptAsync(ListsTestHost host)
    {
        var run = await host.CreateIngestion().IngestSourceAsync(Source, TestContext.Current.CancellationToken);
        var result = Assert.Single(run.Sources);
        Assert.Equal(IngestOutcome.Accepted, result.Outcome);
        return result.InForce!;
    }
}
