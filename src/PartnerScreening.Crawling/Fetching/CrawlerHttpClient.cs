using Microsoft.Extensions.Options;

namespace PartnerScreening.Crawling.Fetching;

/// <summary>
/// Sends one GET request with the crawler's User-Agent through the named <see cref="HttpClient"/> (no automatic redirects,
/// address guard on connect, resilience pipeline), and reads the body up to a byte limit.
/// </summary>
public sealed class CrawlerHttpClient(IHttpClientFactory httpClientFactory, IOptions<CrawlingOptions> options, TimeProvider timeProvider)
{
    /// <summary>Name of the <see cref="HttpClient"/> the crawler uses.</summary>
    public const string ClientName = "PartnerScreening.Crawler";

    /// <summary>
    /// Fetches <paramref name="url"/>. <paramref name="maxBytesFor"/> gives the byte limit for the response's media type
    /// (null when the server sent none); a longer body is cut off there and marked truncated.
    /// </summary>
    /// <exception cref="HttpRequestException">Network failure; its inner exception is <see cref="AddressRejectedException"/> when the guard refused the host.</exception>
    /// <exception cref="TimeoutException">No complete response within <see cref="CrawlingOptions.PageTimeout"/>.</exception>
    public async Task<HttpFetch> GetAsync(Uri url, string accept, Func<string?, long> maxBytesFor, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Value.PageTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);

        var client = httpClientFactory.CreateClient(ClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(options.Value.UserAgent);
        request.Headers.Accept.ParseAdd(accept);
        request.Headers.From = options.Value.ContactEmail;

        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var contentType = response.Content.Headers.ContentType;
            var mediaType = contentType?.MediaType?.ToLowerInvariant();
            var (body, truncated) = await ReadBodyAsync(response.Content, maxBytesFor(mediaType), linked.Token).ConfigureAwait(false);

            return new HttpFetch(
                url,
                response.StatusCode,
                mediaType,
                contentType?.CharSet?.Trim('"', '\''),
                ResolveLocation(url, response.Headers.Location),
                PacingRules.ReadRetryAfter(response, timeProvider.GetUtcNow()),
                response.Headers.TryGetValues("X-Robots-Tag", out var robotsTags) ? string.Join(", ", robotsTags) : null,
                body,
                truncated,
                response.Content.Headers.ContentLength);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No complete response from {url} within {options.Value.PageTimeout}.");
        }
        catch (Polly.Timeout.TimeoutRejectedException exception)
        {
            throw new TimeoutException($"No response from {url} within {options.Value.PageTimeout}.", exception);
        }
    }

    private static Uri? ResolveLocation(Uri requestUrl, Uri? location) => location switch
    {
        null => null,
        { IsAbsoluteUri: true } => location,
        _ => new Uri(requestUrl, location),
    };

    private static async Task<(byte[] Body, bool Truncated)> ReadBodyAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        if (maxBytes <= 0)
        {
            return ([], content.Headers.ContentLength is not 0);
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            while (true)
            {
                var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length);
                var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer.ToArray(), false);
                }

                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    // One byte past the limit proves the body is longer; keep exactly the limit.
                    buffer.SetLength(maxBytes);
                    return (buffer.ToArray(), true);
                }
            }
        }
    }
}

/// <summary>Media types the crawler requests in its Accept header.</summary>
public static class CrawlerAccept
{
    public const string Pages = "text/html,application/xhtml+xml,application/pdf;q=0.9";
    public const string Text = "text/plain,*/*;q=0.1";
    public const string Sitemaps = "application/xml,text/xml,text/plain;q=0.9,*/*;q=0.1";
}
