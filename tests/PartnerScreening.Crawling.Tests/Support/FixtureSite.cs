using System.Text;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace PartnerScreening.Crawling.Tests.Support;

/// <summary>A WireMock server on 127.0.0.1 posing as one website under a made-up host name.</summary>
public sealed class FixtureSite : IDisposable
{
    private FixtureSite(WireMockServer server, string host)
    {
        Server = server;
        Host = host;
    }

    public WireMockServer Server { get; }

    public string Host { get; }

    public int Port => Server.Ports[0];

    public Uri Root => new($"http://{Host}:{Port}/");

    /// <summary>Starts a server and maps <paramref name="host"/> to loopback in <paramref name="resolver"/>.</summary>
    public static FixtureSite Start(string host, LoopbackResolver resolver)
    {
        var server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:0"] });
        resolver.Map(host);
        return new FixtureSite(server, host);
    }

    public Uri Url(string pathAndQuery) => new(Root, pathAndQuery);

    public FixtureSite Robots(string content) => Text("/robots.txt", content, "text/plain");

    public FixtureSite Html(string path, string html, string contentType = "text/html; charset=utf-8") =>
        Bytes(path, Encoding.UTF8.GetBytes(html), contentType);

    public FixtureSite Text(string path, string text, string contentType) => Bytes(path, Encoding.UTF8.GetBytes(text), contentType);

    public FixtureSite Bytes(string path, byte[] body, string contentType)
    {
        Server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithBody(body));
        return this;
    }

    public FixtureSite Status(string path, int status, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(response);
        return this;
    }

    public FixtureSite Redirect(string path, string location, int status = 302) => Status(path, status, ("Location", location));

    /// <summary>Paths requested so far, in order, from WireMock's request log.</summary>
    public IReadOnlyList<string> RequestedPaths => Server.LogEntries.Select(entry => entry.RequestMessage.Path).ToList();

    public void Dispose() => Server.Stop();
}
