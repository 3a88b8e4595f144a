using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Explanation;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;
using PartnerScreening.Matching.Scoring;

namespace PartnerScreening.Matching.Screening;

/// <summary>
/// Screens names against the current index version: candidates from Lucene, then the scorer, the country
/// adjustment and the grouping of hits that are one entity on several lists.
/// </summary>
public sealed class NameScreener : INameScreener
{
    private readonly NameIndexHolder holder;
    private readonly NameNormalizer normalizer;
    private readonly IOptionsMonitor<MatchingOptions> options;

    public NameScreener(NameIndexHolder holder, NameNormalizer normalizer, IOptionsMonitor<MatchingOptions> options)
    {
        this.holder = holder;
        this.normalizer = normalizer;
        this.options = options;
    }

    public IndexVersion? CurrentVersion => holder.Current?.Version;

    public ScreeningResult Screen(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.Name))
        {
            throw new ArgumentException("The name to screen is empty; enter a name.", nameof(query));
        }

        var index = holder.Current ?? throw new IndexNotReadyException();
        var settings = options.CurrentValue;
        var minimum = query.MinScore ?? settings.Thresholds.Review;

        var normalized = normalizer.Normalize(query.Name);
        var matches = FindMatches(index, normalized, query, settings);
        var kept = matches.Where(match => match.Score >= minimum).ToList();
        var groups = HitGrouper.AssignGroups(index, [.. kept.Select(match => match.PartyOrdinal)]);

        var hitGroups = kept
            .Select(match => ToHit(index, normalized, match, groups[match.PartyOrdinal]))
            .GroupBy(hit => hit.Group, StringComparer.Ordinal)
            .Select(group => new HitGroup(group.Key, group.Max(hit => hit.Score), [.. group.OrderByDescending(hit => hit.Score)]))
            .OrderByDescending(group => group.Score)
            .Take(Math.Max(1, query.Top))
            .ToList();
        return new ScreeningResult(hitGroups, index.Version);
    }

    /// <summary>Scores a query against the index without the minimum score or grouping, best first (for evaluation).</summary>
    internal List<PartyMatch> FindMatches(NameIndex index, NormalizedName normalized, ScreeningQuery query, MatchingOptions settings)
    {
        var luceneQuery = CandidateQueryBuilder.Build(normalized, query);
        if (luceneQuery is null)
        {
            return [];
        }

        var candidates = index.Search(luceneQuery, settings.MaxCandidates);
        return PartyScorer.ScoreCandidates(index, normalized, candidates, query, settings.Thresholds);
    }

    internal static ScreeningHit ToHit(NameIndex index, NormalizedName query, PartyMatch match, string group)
    {
        var party = index.Parties[match.PartyOrdinal];
        return new ScreeningHit
        {
            Source = party.Party.Source,
            SourceEntityId = party.Party.SourceEntityId,
            SnapshotId = party.SnapshotId,
            Name = party.Party.PrimaryName,
            MatchedName = match.Name.Value,
            Score = match.Score,
            Group = group,
            Explanation = ExplanationWriter.Write(query, match.Name.Normalized, match.Name.Value, match.Match, match.Score, match.CountryRule),
        };
    }
}
