using System.ComponentModel.DataAnnotations;

namespace PartnerScreening.Crawling;

/// <summary>
/// Settings of the website crawler, bound from the <c>Crawling</c> configuration section and validated at start-up.
/// </summary>
public sealed class CrawlingOptions
{
    public const string SectionName = "Crawling";

    /// <summary>Product token sent in the User-Agent and matched against robots.txt groups. Default <c>PartnerScreeningBot</c>.</summary>
    [Required]
    [RegularExpression("^[A-Za-z_-]+$", ErrorMessage = "Crawling:ProductToken may contain only letters, '_' and '-' (RFC 9309 product token).")]
    public string ProductToken { get; set; } = "PartnerScreeningBot";

    /// <summary>Version sent after the product token. Default <c>1.0</c>.</summary>
    [Required]
    public string ProductVersion { get; set; } = "1.0";

    /// <summary>
    /// Absolute http(s) URL of a page that explains the crawler to webmasters; no default. The service starts without it
    /// so screening keeps working, but no crawl sends a request until it and <see cref="ContactEmail"/> are set. A value
    /// that is set but invalid stops the service at start-up (<see cref="CrawlingOptionsValidator"/>).
    /// </summary>
    public string? ContactUrl { get; set; }

    /// <summary>
    /// E-mail address webmasters can write to about the crawler, a bare address without a display name; no default.
    /// Required before any crawl; a value that is set but invalid stops the service at start-up.
    /// </summary>
    public string? ContactEmail { get; set; }

    /// <summary>Smallest pause between two requests to one host. Default 3 seconds.</summary>
    public TimeSpan MinimumDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The pause after a response is at least this multiple of its response time. Default 2.</summary>
    [Range(0.0, 100.0)]
    public double ResponseTimeFactor { get; set; } = 2.0;

    /// <summary>Largest robots.txt <c>Crawl-delay</c> honoured; a site asking for more is crawled at this pace and marked restricted. Default 60 seconds.</summary>
    public TimeSpan CrawlDelayCap { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>First back-off after HTTP 429 or 503 without <c>Retry-After</c>; doubled on each repeat. Default 30 seconds.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest back-off or <c>Retry-After</c> the crawler waits for; a host asking for more is given up for this crawl. Default 10 minutes.</summary>
    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often one page is tried again after HTTP 429 or 503. Default 2.</summary>
    [Range(0, 10)]
    public int MaxRetriesPerPage { get; set; } = 2;

    /// <summary>Consecutive HTTP 403 responses or challenge pages after which a host is given up. Default 3.</summary>
    [Range(1, 100)]
    public int MaxConsecutiveForbidden { get; set; } = 3;

    /// <summary>Pages (HTML and PDF) fetched per partner at most. Default 300.</summary>
    [Range(1, 100_000)]
    public int MaxPagesPerPartner { get; set; } = 300;

    /// <summary>Link depth from the seed pages; 0 fetches the seeds only. Default 4.</summary>
    [Range(0, 50)]
    public int MaxDepth { get; set; } = 4;

    /// <summary>Bytes read from one HTML page; longer bodies are cut off and marked truncated. Default 5 MiB.</summary>
    [Range(1024, 1L << 30)]
    public long MaxHtmlBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Bytes read from one PDF; a longer PDF is skipped because a cut-off PDF cannot be read. Default 25 MiB.</summary>
    [Range(1024, 1L << 30)]
    public long MaxPdfBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Time for one request including its body. Default 30 seconds.</summary>
    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wall-clock budget for crawling one partner. Default 30 minutes.</summary>
    public TimeSpan MaxTimePerPartner { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a robots.txt answer is reused; RFC 9309 allows at most 24 hours. Default 24 hours.</summary>
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Bytes of robots.txt parsed; RFC 9309 requires at least 500 KiB. Default 512 KiB.</summary>
    [Range(500 * 1024, 16 * 1024 * 1024)]
    public int MaxRobotsBytes { get; set; } = 512 * 1024;

    /// <summary>Redirect hops followed for one request. Default 10.</summary>
    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 10;

    /// <summary>Hosts crawled at the same time within one partner (each host still gets one connection). Default 4.</summary>
    [Range(1, 64)]
    public int MaxParallelHosts { get; set; } = 4;

    /// <summary>Partners crawled at the same time by the weekly job and the CLI. Default 4.</summary>
    [Range(1, 64)]
    public int MaxParallelPartners { get; set; } = 4;

    /// <summary>URLs read from sitemaps per host at most. Default 2000.</summary>
    [Range(0, 50_000)]
    public int MaxSitemapUrls { get; set; } = 2000;

    /// <summary>
    /// Lets the crawler connect to loopback addresses. Off by default; only tests against servers on 127.0.0.1 turn it on.
    /// Private, link-local and metadata addresses stay refused either way.
    /// </summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Whether both contact settings are present, which every crawl requires.</summary>
    public bool HasContact => !string.IsNullOrWhiteSpace(ContactUrl) && !string.IsNullOrWhiteSpace(ContactEmail);

    /// <summary>The User-Agent header: product token, version, contact URL and e-mail.</summary>
    public string UserAgent => $"{ProductToken}/{ProductVersion} (+{ContactUrl}; mailto:{ContactEmail})";
}
