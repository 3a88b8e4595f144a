using System.IO.Compression;
using System.Xml;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerScreening.Crawling.Scope;

namespace PartnerScreening.Crawling.Fetching;

/// <summary>
/// Reads the page URLs of a site's sitemaps (sitemaps.org protocol: <c>urlset</c> and <c>sitemapindex</c>, gzip allowed),
/// fetched politely through <see cref="PageFetcher"/>; URLs outside the scope are ignored.
/// </summary>
public sealed class SitemapReader(PageFetcher fetcher, IOptions<CrawlingOptions> options, ILogger<SitemapReader> logger)
{
    private const int MaxSitemapFiles = 10;

    public async Task<IReadOnlyList<Uri>> ReadAsync(IEnumerable<Uri> sitemaps, CrawlScope scope, CancellationToken cancellationToken)
    {
        var pending = new Queue<Uri>(sitemaps);
        var seen = new HashSet<Uri>();
        var pages = new List<Uri>();
        var files = 0;

        while (pending.Count > 0 && files < MaxSitemapFiles && pages.Count < options.Value.MaxSitemapUrls)
        {
            var sitemap = pending.Dequeue();
            if (!seen.Add(sitemap))
            {
                continue;
            }

            files++;
            var outcome = await fetcher.FetchAsync(sitemap, scope, FetchKind.Sitemap, cancellationToken).ConfigureAwait(false);
            if (outcome.Fetch is not { } fetch || (int)fetch.Status is < 200 or >= 300)
            {
                continue;
            }

            try
            {
                foreach (var (location, isSitemap) in ReadLocations(fetch.Body))
                {
                    if (!Uri.TryCreate(location, UriKind.Absolute, out var url) || !scope.Contains(url))
                    {
                        continue;
                    }

                    if (isSitemap)
                    {
                        pending.Enqueue(url);
                    }
                    else if (pages.Count < options.Value.MaxSitemapUrls)
                    {
                        pages.Add(url);
                    }
                }
            }
            catch (Exception exception) when (exception is XmlException or InvalidDataException)
            {
                CrawlerLog.SitemapUnreadable(logger, sitemap, exception.Message);
            }
        }

        return pages;
    }

    /// <summary>
    /// Reads the <c>loc</c> entries, telling entries of a sitemap index (more sitemaps) from page entries. Reading stops at
    /// 50,000 entries, the protocol's limit per file, so a compressed file that expands without end cannot exhaust memory.
    /// </summary>
    internal static List<(string Location, bool IsSitemap)> ReadLocations(byte[] body)
    {
        using var stream = body is [0x1F, 0x8B, ..]
            ? (Stream)new GZipStream(new MemoryStream(body), CompressionMode.Decompress)
            : new MemoryStream(body);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(stream, settings);

        var locations = new List<(string, bool)>();
        var isIndex = false;
        while (locations.Count < 50_000 && reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "sitemapindex")
            {
                isIndex = true;
            }
            else if (reader.LocalName == "loc")
            {
                locations.Add((reader.ReadElementContentAsString().Trim(), isIndex));
            }
        }

        return locations;
    }
}
