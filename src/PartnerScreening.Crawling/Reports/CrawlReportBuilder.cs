using PartnerScreening.Crawling.Crawl;
using PartnerScreening.Crawling.Lexicon;

namespace PartnerScreening.Crawling.Reports;

/// <summary>Builds a <see cref="CrawlReport"/> from a crawl result, comparing it with the previous report when given.</summary>
public static class CrawlReportBuilder
{
    public static CrawlReport Build(CrawlResult result, CrawlReport? previous)
    {
        var byRelation = Enum.GetValues<RelationType>()
            .ToDictionary(type => type, type => result.Findings.Count(f => f.RelationType == type));

        return new CrawlReport
        {
            Partner = new ReportPartner(result.Target.PartnerId, result.Target.PartnerName),
            Domains = result.Domains,
            Seeds = [.. result.Target.Seeds.Select(seed => seed.AbsoluteUri)],
            StartedAt = result.StartedAt,
            FinishedAt = result.FinishedAt,
            UserAgent = result.UserAgent,
            LexiconVersion = result.LexiconVersion,
            Summary = new ReportSummary(
                result.Findings.Count(f => f.Strength == EvidenceStrength.Strong),
                result.Findings.Count(f => f.Strength == EvidenceStrength.Medium),
                byRelation),
            Coverage = result.Coverage,
            Robots = result.Robots,
            Findings = result.Findings,
            Pages = result.Pages,
            Skipped = result.Skipped,
            OffsiteLinks = result.OffsiteLinks,
            Changes = previous is null ? null : Compare(result, previous),
        };
    }

    private static ReportChanges Compare(CrawlResult result, CrawlReport previous)
    {
        var current = result.Findings.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var before = previous.Findings.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var fetchedNow = result.Pages
            .Where(p => p.Sha256 is not null)
            .SelectMany(p => new[] { p.Url, p.FinalUrl })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        return new ReportChanges
        {
            PreviousStartedAt = previous.StartedAt,
            PreviousPagesFetched = previous.Coverage.PagesFetched,
            NewFindings = [.. result.Findings.Where(f => !before.ContainsKey(f.Key))],
            GoneFindings = [.. previous.Findings
                .Where(f => !current.ContainsKey(f.Key))
                .Select(f => new GoneFinding(f, fetchedNow.Contains(f.Url)))],
            StrengthChanges = [.. result.Findings
                .Where(f => before.TryGetValue(f.Key, out var old) && old.Strength != f.Strength)
                .Select(f => new StrengthChange(f, before[f.Key].Strength))],
        };
    }
}
