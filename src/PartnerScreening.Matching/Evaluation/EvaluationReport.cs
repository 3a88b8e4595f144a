using System.Globalization;
using System.Text;

namespace PartnerScreening.Matching.Evaluation;

/// <summary>A case the matcher got wrong, with what it returned instead.</summary>
public sealed record EvaluationFailure(string Query, string Expected, string Actual, string? Variant);

/// <summary>Precision, recall and F1 of an evaluation run, and every failure.</summary>
public sealed record EvaluationReport
{
    public required int TruePositives { get; init; }

    public required int FalseNegatives { get; init; }

    public required int FalsePositives { get; init; }

    public required int TrueNegatives { get; init; }

    /// <summary>Match cases whose expected entry was the first hit group.</summary>
    public required int FirstRankHits { get; init; }

    public required IReadOnlyList<EvaluationFailure> Failures { get; init; }

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double RecallAtOne => Ratio(FirstRankHits, TruePositives + FalseNegatives);

    /// <summary>Share of no-match cases that produced a hit at or above <c>review</c>.</summary>
    public double FalsePositiveRate => Ratio(FalsePositives, FalsePositives + TrueNegatives);

    public string Format(bool includeFailures = true)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"cases: {TruePositives + FalseNegatives} match, {FalsePositives + TrueNegatives} no-match");
        text.AppendLine(CultureInfo.InvariantCulture, $"precision {Precision:0.0000}  recall {Recall:0.0000}  F1 {F1:0.0000}  recall@1 {RecallAtOne:0.0000}  no-match hit rate {FalsePositiveRate:0.0000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"TP {TruePositives}  FN {FalseNegatives}  FP {FalsePositives}  TN {TrueNegatives}");
        if (includeFailures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"failures ({Failures.Count}):");
            foreach (var failure in Failures)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  [{failure.Variant}] {failure.Query} | expected {failure.Expected} | got {failure.Actual}");
            }
        }

        return text.ToString();
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
