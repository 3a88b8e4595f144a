using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace PartnerScreening.Tests.Web.Crawl;

/// <summary>
/// A small university website on a loopback WireMock server: a Chinese home page with one strong finding (a national
/// defence key laboratory) and one sentence that only an officer term turns into a finding. Browser tests pass a delay
/// for the pages after the home page, so that the crawl runs long enough to show its progress.
/// </summary>
public sealed class CrawlFixtureSite : IDisposable
{
    /// <summary>A phrase no shipped lexicon term matches, for officer-term tests.</summary>
    public const string OfficerOnlyPhrase = "海鹰特种装备研究中心";

    private readonly WireMockServer _server;

    public CrawlFixtureSite(TimeSpan? pageDelay = null)
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        _server.Given(Request.Create().WithPath("/robots.txt").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/plain").WithBody("User-agent: *\nDisallow: /private/\n"));
        _server.Given(Request.Create().WithPath("/").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200)
                .WithHeader("Content-Type", "text/html; charset=utf-8")
                .WithBody($"""
                    <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例大学</title></head><body>
                    <h1>示例大学</h1>
                    <p>学校设有国防科技重点实验室。</p>
                    <p>本校与{OfficerOnlyPhrase}签署合作协议。</p>
                    <p><a href="/about.html">学校概况</a> <a href="/private/secret.html">内部</a></p>
                    </body></html>
                    """));
        var about = Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "text/html; charset=utf-8")
            .WithBody("<!DOCTYPE html><html lang=\"zh-CN\"><head><title>学校概况</title></head><body><p>学校概况。</p></body></html>");
        if (pageDelay is { } delay)
        {
            about = about.WithDelay(delay);
        }

        _server.Given(Request.Create().WithPath("/about.html").UsingGet()).RespondWith(about);
    }

    public Uri Root => new($"http://127.0.0.1:{_server.Ports[0]}/");

    /// <summary>Whether any request reached a path robots.txt disallows.</summary>
    public bool PrivatePathRequested => _server.LogEntries.Any(entry => entry.RequestMessage.Path.StartsWith("/private/", StringComparison.Ordinal));

    /// <summary>Crawler settings for the test service: contact set, loopback allowed, pauses of a millisecond.</summary>
    public static Dictionary<string, string?> CrawlerSettings() => new()
    {
        ["Crawling:ContactUrl"] = "https://export-control.example.ac.jp/crawler",
        ["Crawling:ContactEmail"] = "export-control@example.ac.jp",
        ["Crawling:MinimumDelay"] = "00:00:00.001",
        ["Crawling:CrawlDelayCap"] = "00:00:00.010",
        ["Crawling:ResponseTimeFactor"] = "0",
        ["Crawling:AllowLoopback"] = "true",
    };

    public void Dispose() => _server.Stop();
}
