using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Jobs.Rescreening;

namespace PartnerScreening.Jobs.Tests.Rescreening;

public sealed class AlertRulesTests
{
    private const double AlertThreshold = 85;

    private static readonly ListedPartyContent Current = ListedPartyContent.From(new ListedParty
    {
        Source = ListSourceIds.MetiEndUserList,
        SourceEntityId = "1",
        PrimaryName = "Northwestern Polytechnical University",
        Programs = ["M"],
        ConventionalWeapons = true,
    });

    private static readonly ListedPartyContent Older = Current with { ConventionalWeapons = false };

    private static readonly KnownState Unchanged = new(90, Current.Fingerprint(), Current.ToJson());

    private static readonly KnownState Changed = new(90, Older.Fingerprint(), Older.ToJson());

    [Fact]
    public void Evaluate_FirstSeen_RaisesNewHit()
    {
        var verdict = AlertRules.Evaluate(90, Current, Current.Fingerprint(), previous: null, decision: null, AlertThreshold);

        Assert.Equal(AlertReason.NewHit, verdict.Reason);
        Assert.False(verdict.CoveredByDecision);
    }

    [Fact]
    public void Evaluate_SeenBeforeUnchanged_RaisesNothing()
    {
        var verdict = AlertRules.Evaluate(90, Current, Current.Fingerprint(), Unchanged, decision: null, AlertThreshold);

        Assert.Null(verdict.Reason);
    }

    [Fact]
    public void Evaluate_ListedPartyChanged_RaisesChangeWithFields()
    {
        var verdict = AlertRules.Evaluate(90, Current, Current.Fingerprint(), Changed, decision: null, AlertThreshold);

        Assert.Equal(AlertReason.ListedPartyChanged, verdict.Reason);
        Assert.Equal(["conventional weapons: no → yes"], verdict.Changes);
    }

    [Theory]
    [InlineData(80, 86, true)]
    [InlineData(80, 85, true)]
    [InlineData(86, 90, false)]
    [InlineData(70, 84, false)]
    [InlineData(90, 80, false)]
    public void Evaluate_ScoreMoves_RaisesOnlyWhenCrossingAlert(double before, double now, bool expected)
    {
        var previous = Unchanged with { Score = before };

        var verdict = AlertRules.Evaluate(now, Current, Current.Fingerprint(), previous, decision: null, AlertThreshold);

        Assert.Equal(expected ? AlertReason.ScoreCrossedAlert : null, verdict.Reason);
    }

    [Fact]
    public void Evaluate_DecisionOnSameContent_SilencesEvenNewHit()
    {
        var decision = new KnownState(null, Current.Fingerprint(), Current.ToJson());

        var verdict = AlertRules.Evaluate(99, Current, Current.Fingerprint(), previous: null, decision, AlertThreshold);

        Assert.Null(verdict.Reason);
        Assert.True(verdict.CoveredByDecision);
    }

    [Fact]
    public void Evaluate_DecisionOnOlderContent_RaisesChangeSinceDecision()
    {
        var decision = new KnownState(null, Older.Fingerprint(), Older.ToJson());

        var verdict = AlertRules.Evaluate(90, Current, Current.Fingerprint(), previous: null, decision, AlertThreshold);

        Assert.Equal(AlertReason.ListedPartyChanged, verdict.Reason);
        Assert.Equal(["conventional weapons: no → yes"], verdict.Changes);
        Assert.False(verdict.CoveredByDecision);
    }
}
