using PartnerScreening.Crawling.Fetching;
using PartnerScreening.Crawling.Findings;
using PartnerScreening.Crawling.Text;

namespace PartnerScreening.Crawling.Crawl;

/// <summary>What to crawl for one partner: its id and name, the seed URLs and any further registrable domains of its own.</summary>
public sealed record CrawlTarget(string PartnerId, string? PartnerName, IReadOnlyList<Uri> Seeds)
{
    /// <summary>Registrable domains beyond those of the seeds (a second campus domain confirmed by the officer).</summary>
    public IReadOnlyList<string> ExtraDomains { get; init; } = [];
}

/// <summary>A page that answered: status, charset, size, hash and the robots.txt rule that allowed it.</summary>
public sealed record CrawledPage
{
    public required string Url { get; init; }

    /// <summary>The URL after redirects, when it differs.</summary>
    public string? FinalUrl { get; init; }

    public required int Status { get; init; }

    public string? MediaType { get; init; }

    /// <summary>The charset the server or page declared, as written.</summary>
    public string? DeclaredCharset { get; init; }

    /// <summary>The charset used to decode the page (gb18030 for a GB2312 page); null for PDF.</summary>
    public string? Charset { get; init; }

    public CharsetSource? CharsetSource { get; init; }

    public required int Bytes { get; init; }

    public bool Truncated { get; init; }

    public string? Sha256 { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    public required int Depth { get; init; }

    /// <summary>The robots.txt rule or condition that allowed the request.</summary>
    public required string Robots { get; init; }

    public string? Language { get; init; }

    public string? Title { get; init; }

    public int Redirects { get; init; }
}

/// <summary>Progress of a running crawl: pages with a response so far, out of the page budget per partner.</summary>
public sealed record CrawlProgress(int PagesFetched, int PageBudget);

/// <summary>A URL that was not read, and why.</summary>
public sealed record SkippedUrl(string Url, SkipReason Reason, string Detail);

/// <summary>A link from a partner page to another site: recorded as context, never followed.</summary>
public sealed record OffsiteLink(string FromUrl, string ToUrl, string AnchorText);

/// <summary>The robots.txt answer of one origin, kept in the report as the evidence of what the site allowed.</summary>
public sealed record RobotsRecord(string Origin, string Availability, int? Status, string Detail, double? CrawlDelaySeconds, int Rules);

/// <summary>How much of the site was read, so that "no evidence found" is never shown without its coverage.</summary>
public sealed record CrawlCoverage
{
    public int PagesFetched { get; init; }

    public int HtmlPages { get; init; }

    public int PdfPages { get; init; }

    public int BlockedByRobots { get; init; }

    /// <summary>HTTP errors, timeouts, network failures and unreadable bodies.</summary>
    public int Errors { get; init; }

    /// <summary>Challenge pages and hosts given up after repeated 403 or throttling.</summary>
    public int Blocked { get; init; }

    public int OutOfScope { get; init; }

    public int NoFollow { get; init; }

    public int AddressRejected { get; init; }

    /// <summary>Budgets that stopped the crawl early: pages, depth, time.</summary>
    public IReadOnlyList<string> BudgetsHit { get; init; } = [];

    /// <summary>Known in-scope URLs that were never requested because a budget ran out.</summary>
    public int UrlsNotVisited { get; init; }

    public int WeakMatches { get; init; }

    public int SuppressedMatches { get; init; }

    /// <summary>Whether every known in-scope URL was read: no budget hit, nothing blocked, no errors.</summary>
    public bool Complete => BudgetsHit.Count == 0 && BlockedByRobots == 0 && Errors == 0 && Blocked == 0 && AddressRejected == 0;
}

/// <summary>Everything one partner crawl produced.</summary>
public sealed record CrawlResult
{
    public required CrawlTarget Target { get; init; }

    public required IReadOnlyList<string> Domains { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required string UserAgent { get; init; }

    public required string LexiconVersion { get; init; }

    public required IReadOnlyList<CrawledPage> Pages { get; init; }

    public required IReadOnlyList<SkippedUrl> Skipped { get; init; }

    public required IReadOnlyList<OffsiteLink> OffsiteLinks { get; init; }

    public required IReadOnlyList<RobotsRecord> Robots { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    public required CrawlCoverage Coverage { get; init; }
}
