using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;
using PartnerScreening.Matching.Scoring;

namespace PartnerScreening.Matching.Screening;

/// <summary>The best-scoring name of one listed party for a query, after the country adjustment.</summary>
internal sealed record PartyMatch(int PartyOrdinal, IndexedName Name, NameMatch Match, double Score, string? CountryRule);

/// <summary>Scores the candidate names of a query and keeps the best name per party.</summary>
internal static class PartyScorer
{
    /// <summary>Rules that mark another entity of the same name, which a matching country does not lift to alert.</summary>
    private static readonly string[] SiblingRules = ["numbers-differ", "legal-forms-differ"];

    private const string CountryQualifierRule = "country-qualifier";

    public static List<PartyMatch> ScoreCandidates(NameIndex index, NormalizedName query, IEnumerable<int> candidates, ScreeningQuery request, ScreeningThresholds thresholds)
    {
        var best = new Dictionary<int, (IndexedName Name, NameMatch Match)>();
        foreach (var ordinal in candidates)
        {
            var name = index.Names[ordinal];
            var personNames = request.Kind == PartyKind.Person || index.Parties[name.PartyOrdinal].Party.Kind == PartyKind.Person;
            var match = NameScorer.Score(query, name.Normalized, index.Frequencies, personNames);
            if (match.Score <= 0)
            {
                continue;
            }

            if (!best.TryGetValue(name.PartyOrdinal, out var current) || match.Score > current.Match.Score)
            {
                best[name.PartyOrdinal] = (name, match);
            }
        }

        var result = new List<PartyMatch>(best.Count);
        foreach (var (partyOrdinal, (name, found)) in best)
        {
            var party = index.Parties[partyOrdinal];
            var match = InQueryCountry(found, party, request.Country);
            var (score, rule) = AdjustForCountry(match, party, request.Country, thresholds);
            result.Add(new PartyMatch(partyOrdinal, name, match, Math.Round(score, 1), rule));
        }

        // A stable sort: parties of equal score keep the index's order, the better text match first.
        return [.. result.OrderByDescending(match => match.Score)];
    }

    /// <summary>
    /// Takes back the country-qualifier factor when the listed party is in the query's country. The country's name
    /// in the listed name then says where the entity is (Bank Saderat Iran for a query about Iran), not that it is a
    /// branch elsewhere.
    /// </summary>
    private static NameMatch InQueryCountry(NameMatch match, IndexedParty party, string? country)
    {
        if (string.IsNullOrWhiteSpace(country) || !match.Rules.Contains(CountryQualifierRule)
            || !party.CountryCodes.Contains(country.Trim().ToUpperInvariant(), StringComparer.Ordinal))
        {
            return match;
        }

        return match with
        {
            Score = Math.Min(100, match.Score / ScoreWeights.CountryQualifier),
            Rules = [.. match.Rules.Where(rule => rule != CountryQualifierRule)],
        };
    }

    /// <summary>
    /// Adds <see cref="ScoreWeights.CountryMatch"/> when the party is in the query's country and removes
    /// <see cref="ScoreWeights.CountryMismatch"/> when it is known to be elsewhere, but never takes a name
    /// match at or above <c>alert</c> below <c>review</c>, and never lifts a name whose numbers or kinds of legal form
    /// differ to <c>alert</c>.
    /// </summary>
    private static (double Score, string? Rule) AdjustForCountry(NameMatch match, IndexedParty party, string? country, ScreeningThresholds thresholds)
    {
        var score = match.Score;
        if (string.IsNullOrWhiteSpace(country) || party.CountryCodes.Count == 0)
        {
            return (score, null);
        }

        if (party.CountryCodes.Contains(country.Trim().ToUpperInvariant(), StringComparer.Ordinal))
        {
            var raised = Math.Min(100, score + ScoreWeights.CountryMatch);
            if (score < thresholds.Alert && SiblingRules.Any(match.Rules.Contains))
            {
                raised = Math.Min(raised, thresholds.Alert - 0.1);
            }

            return (raised, "country-match");
        }

        var lowered = score - ScoreWeights.CountryMismatch;
        if (score >= thresholds.Alert)
        {
            lowered = Math.Max(lowered, thresholds.Review);
        }

        return (lowered, "country-differs");
    }
}
