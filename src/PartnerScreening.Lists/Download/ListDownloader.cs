using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists.Download;

/// <summary>
/// Downloads the files of one list source with the named HttpClient <see cref="HttpClientName"/>: finds the
/// current link on the index page when the source has one, sends the stored ETag and Last-Modified of the
/// primary file, and refuses bodies over <see cref="ListHttpOptions.MaxDownloadBytes"/>.
/// </summary>
public sealed class ListDownloader(
    IHttpClientFactory httpClientFactory,
    IListDownloadStateStore stateStore,
    IOptions<ListsOptions> options,
    ILogger<ListDownloader> logger)
{
    /// <summary>Name of the HttpClient, with its resilience pipeline, used for every list download.</summary>
    public const string HttpClientName = "lists";

    private const long MaxIndexPageBytes = 5L * 1024 * 1024;

    public async Task<ListDownload> DownloadAsync(string source, ListSourceOptions sourceOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceOptions);
        var client = httpClientFactory.CreateClient(HttpClientName);

        var (primaryUrl, primaryFileName, companions) = await ResolveUrlsAsync(client, source, sourceOptions, cancellationToken);
        var state = await stateStore.GetAsync(source, cancellationToken);
        var validators = state is not null && state.Url == primaryUrl.AbsoluteUri ? state : null;

        using var request = new HttpRequestMessage(HttpMethod.Get, primaryUrl);
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var parsedTag))
        {
            request.Headers.IfNoneMatch.Add(parsedTag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            ListsLog.NotModified(logger, source, primaryUrl);
            return new ListDownload(null, primaryUrl, validators);
        }

        var content = await ReadBodyAsync(response, source, primaryUrl, options.Value.Http.MaxDownloadBytes, cancellationToken);
        var newValidators = new ListDownloadState(
            source, primaryUrl.AbsoluteUri, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);

        var companionFiles = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var companion in companions)
        {
            using var companionResponse = await client.GetAsync(companion.Url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            companionFiles[companion.FileName.ToLowerInvariant()] = await ReadBodyAsync(
                companionResponse, source, companion.Url, options.Value.Http.MaxDownloadBytes, cancellationToken);
        }

        ListsLog.Downloaded(logger, source, primaryUrl, content.Length, companionFiles.Count);
        var files = new ListFileSet(primaryFileName, content) { Companions = companionFiles };
        return new ListDownload(files, primaryUrl, newValidators);
    }

    private async Task<(Uri Url, string FileName, IReadOnlyList<(Uri Url, string FileName)> Companions)> ResolveUrlsAsync(
        HttpClient client, string source, ListSourceOptions sourceOptions, CancellationToken cancellationToken)
    {
        var configured = sourceOptions.Downloads
            .Where(download => download.Url is not null)
            .Select(download => (Url: download.Url!, FileName: download.ResolveFileName()))
            .ToList();

        if (sourceOptions.IndexPage?.Url is { } pageUrl)
        {
            var link = await FindCurrentLinkAsync(client, source, pageUrl, sourceOptions.IndexPage, cancellationToken);
            return (link, ListDownloadOptions.FileNameOf(link), configured);
        }

        if (configured.Count == 0)
        {
            throw new ListDownloadException(
                $"{source}: no download URL is configured. Set Lists:Sources:{source}:Downloads or Lists:Sources:{source}:IndexPage, or ingest a saved file with 'ingest --source {source} --file PATH'.");
        }

        return (configured[0].Url, configured[0].FileName, configured[1..]);
    }

    private async Task<Uri> FindCurrentLinkAsync(
        HttpClient client, string source, Uri pageUrl, ListIndexPageOptions indexPage, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(pageUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var bytes = await ReadBodyAsync(response, source, pageUrl, MaxIndexPageBytes, cancellationToken);
        var html = DecodeHtml(bytes, response.Content.Headers.ContentType?.CharSet);

        var link = IndexPageLinkFinder.FindLink(html, pageUrl, indexPage)
            ?? throw new ListDownloadException(
                $"{source}: the index page {pageUrl} has no link matching '{indexPage.LinkPattern}' under '{indexPage.LinkSelector}'. "
                + $"The page layout may have changed: update Lists:Sources:{source}:IndexPage, or download the file by hand and run 'ingest --source {source} --file PATH'.");
        ListsLog.IndexLinkFound(logger, source, pageUrl, link);
        return link;
    }

    private static async Task<byte[]> ReadBodyAsync(
        HttpResponseMessage response, string source, Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new ListDownloadException(
                $"{source}: GET {url} failed with HTTP {(int)response.StatusCode} {response.ReasonPhrase}. The snapshot in force stays; the next run tries again.");
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw TooLarge(source, url, maxBytes);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(source, url, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ListDownloadException TooLarge(string source, Uri url, long maxBytes) => new(
        $"{source}: the download from {url} is larger than the limit of {maxBytes} bytes. Check that the URL is the list file; if the list really grew, raise Lists:Http:MaxDownloadBytes.");

    private static string DecodeHtml(byte[] bytes, string? charset)
    {
        // NOTE: a charset declared only in a <meta> tag of a non-UTF-8 page is not honoured; the official index pages are UTF-8.
        try
        {
            return charset is null ? Encoding.UTF8.GetString(bytes) : Encoding.GetEncoding(charset.Trim('"')).GetString(bytes);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
