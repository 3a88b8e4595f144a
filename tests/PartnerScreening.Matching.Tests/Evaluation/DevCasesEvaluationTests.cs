using PartnerScreening.Matching.Evaluation;
using PartnerScreening.Testing;

namespace PartnerScreening.Matching.Tests.Evaluation;

// The labelled cases built from the METI End User List, screened against an index of every real list
// that has a parser. Floors: recall 0.98 within each case's rank; at most 1 % of no-match cases with a hit
// at or above review.
[Collection(AllListsCollection.Name)]
public sealed class DevCasesEvaluationTests(AllListsIndexFixture index, ITestOutputHelper output)
{
    [Fact]
    public void EvaluateCases_DevCases_MeetRecallAndNoMatchFloors()
    {
        var cases = ScreeningEvaluator.ReadCases(SharedPaths.Eval("dev-cases.jsonl"));

        var report = index.Evaluator.EvaluateCases(cases, index.Options.Thresholds.Review);

        output.WriteLine(report.Format());
        Assert.True(report.Recall >= 0.98, $"recall {report.Recall:0.0000}");
        Assert.True(report.FalsePositiveRate <= 0.01, $"no-match hit rate {report.FalsePositiveRate:0.0000}");
    }
}
