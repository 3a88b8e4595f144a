using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Findings;
using PartnerScreening.Crawling.Lexicon;

namespace PartnerScreening.Crawling.Reports;

/// <summary>
/// The objective-check report of one partner website crawl, as written to JSON and rendered to HTML: who was crawled,
/// how much was read (coverage), the findings with their quotes, and what changed since the previous report.
/// </summary>
public sealed record CrawlReport
{
    public const string CurrentSchema = "partnerscreening.crawl-report/1";

    public string Schema { get; init; } = CurrentSchema;

    public required ReportPartner Partner { get; init; }

    public required IReadOnlyList<string> Domains { get; init; }

    public required IReadOnlyList<string> Seeds { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required string UserAgent { get; init; }

    public required string LexiconVersion { get; init; }

    public required ReportSummary Summary { get; init; }

    public required CrawlCoverage Coverage { get; init; }

    public required IReadOnlyList<RobotsRecord> Robots { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    public required IReadOnlyList<CrawledPage> Pages { get; init; }

    public required IReadOnlyList<SkippedUrl> Skipped { get; init; }

    public required IReadOnlyList<OffsiteLink> OffsiteLinks { get; init; }

    /// <summary>Differences from the previous report; null when there was none to compare with.</summary>
    public ReportChanges? Changes { get; init; }
}

public sealed record ReportPartner(string Id, string? Name);

/// <summary>Counts for the first screen: findings by strength and by relation type.</summary>
public sealed record ReportSummary(int Strong, int Medium, IReadOnlyDictionary<RelationType, int> ByRelationType)
{
    public int Total => Strong + Medium;
}

/// <summary>What changed since the previous report of the same partner.</summary>
public sealed record ReportChanges
{
    public required DateTimeOffset PreviousStartedAt { get; init; }

    public required int PreviousPagesFetched { get; init; }

    public required IReadOnlyList<Finding> NewFindings { get; init; }

    /// <summary>Findings of the previous report not seen this time; see <see cref="GoneFinding.PageFetchedAgain"/> before reading them as removed.</summary>
    public required IReadOnlyList<GoneFinding> GoneFindings { get; init; }

    public required IReadOnlyList<StrengthChange> StrengthChanges { get; init; }
}

/// <summary>A previous finding not seen now; when its page was not fetched again, the crawl simply did not look.</summary>
public sealed record GoneFinding(Finding Finding, bool PageFetchedAgain);

public sealed record StrengthChange(Finding Finding, EvidenceStrength PreviousStrength);
