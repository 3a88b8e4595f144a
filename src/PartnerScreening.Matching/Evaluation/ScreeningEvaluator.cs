using PartnerScreening.Domain.Lists;
using System.Globalization;
using System.Text.Json;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Screening;

namespace PartnerScreening.Matching.Evaluation;

/// <summary>Runs labelled cases through the screener or the name comparer and counts the outcomes.</summary>
public sealed class ScreeningEvaluator(INameScreener screener, NameComparer comparer)
{
    private const int DefaultRank = 3;

    public static IReadOnlyList<EvaluationCase> ReadCases(string path)
    {
        var cases = new List<EvaluationCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var item = JsonSerializer.Deserialize<EvaluationCase>(line)
                ?? throw new FormatException($"{path}:{lineNumber}: the line is not a JSON object.");
            if (string.IsNullOrWhiteSpace(item.Query))
            {
                throw new FormatException($"{path}:{lineNumber}: the case has no query.");
            }

            cases.Add(item);
        }

        return cases;
    }

    /// <summary>Screens every case; a match case passes when its entry is in the first <c>rank</c> hit groups.</summary>
    public EvaluationReport EvaluateCases(IReadOnlyList<EvaluationCase> cases, double review)
    {
        int truePositives = 0, falseNegatives = 0, falsePositives = 0, trueNegatives = 0, firstRank = 0;
        var failures = new List<EvaluationFailure>();
        foreach (var item in cases)
        {
            var result = screener.Screen(new ScreeningQuery { Name = item.Query, Country = item.Country, Top = 50, MinScore = review });
            var groups = result.Groups;
            if (!item.ExpectsMatch)
            {
                if (groups.Count == 0)
                {
                    trueNegatives++;
                    continue;
                }

                falsePositives++;
                failures.Add(new EvaluationFailure(item.Query, "no hit", Describe(groups[0].Hits[0]), item.Variant));
                continue;
            }

            var rank = FindRank(groups, item.List, item.EntityId);
            if (rank is { } found && found <= (item.Rank ?? DefaultRank))
            {
                truePositives++;
                firstRank += found == 1 ? 1 : 0;
                continue;
            }

            falseNegatives++;
            var actual = groups.Count == 0 ? "no hit" : Describe(groups[0].Hits[0]) + (rank is { } r ? $" (expected at rank {r})" : "");
            failures.Add(new EvaluationFailure(item.Query, $"{item.List}:{item.EntityId}", actual, item.Variant));
        }

        return new EvaluationReport
        {
            TruePositives = truePositives,
            FalseNegatives = falseNegatives,
            FalsePositives = falsePositives,
            TrueNegatives = trueNegatives,
            FirstRankHits = firstRank,
            Failures = failures,
        };
    }

    /// <summary>Compares every pair; a pair is predicted a match when its score reaches <paramref name="threshold"/>.</summary>
    public EvaluationReport EvaluatePairs(IReadOnlyList<NamePairCase> pairs, double threshold)
    {
        int truePositives = 0, falseNegatives = 0, falsePositives = 0, trueNegatives = 0;
        var failures = new List<EvaluationFailure>();
        foreach (var pair in pairs)
        {
            var kind = string.Equals(pair.Schema, "Person", StringComparison.OrdinalIgnoreCase) ? PartyKind.Person : (PartyKind?)null;
            var score = comparer.Compare(pair.Name1, pair.Name2, kind).Score;
            var predicted = score >= threshold;
            if (predicted == pair.IsMatch)
            {
                truePositives += pair.IsMatch ? 1 : 0;
                trueNegatives += pair.IsMatch ? 0 : 1;
                continue;
            }

            falseNegatives += pair.IsMatch ? 1 : 0;
            falsePositives += pair.IsMatch ? 0 : 1;
            failures.Add(new EvaluationFailure(
                $"{pair.Name1} ~ {pair.Name2}",
                pair.IsMatch ? "match" : "no-match",
                score.ToString("0.#", CultureInfo.InvariantCulture),
                pair.Schema));
        }

        return new EvaluationReport
        {
            TruePositives = truePositives,
            FalseNegatives = falseNegatives,
            FalsePositives = falsePositives,
            TrueNegatives = trueNegatives,
            FirstRankHits = truePositives,
            Failures = failures,
        };
    }

    private static int? FindRank(IReadOnlyList<HitGroup> groups, string? list, string? entityId)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Hits.Any(hit => string.Equals(hit.Source, list, StringComparison.Ordinal) && string.Equals(hit.SourceEntityId, entityId, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string Describe(ScreeningHit hit) =>
        $"{hit.Source}:{hit.SourceEntityId} \"{hit.MatchedName}\" {hit.Score.ToString("0.#", CultureInfo.InvariantCulture)}";
}
