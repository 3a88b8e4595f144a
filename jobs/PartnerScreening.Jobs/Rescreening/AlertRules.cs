using PartnerScreening.Domain.Rescreening;

namespace PartnerScreening.Jobs.Rescreening;

/// <summary>What the previous run or an officer's decision knew about a pair.</summary>
internal sealed record KnownState(double? Score, string Fingerprint, string ContentJson);

/// <summary>The verdict on one hit: the alert to raise, if any, and whether a decision in force covers it.</summary>
internal sealed record AlertVerdict(AlertReason? Reason, IReadOnlyList<string> Changes, bool CoveredByDecision);

/// <summary>
/// Decides whether a hit raises an alert. A decision in force (same fingerprint as today) silences the hit.
/// Otherwise an alert is raised for a hit that the previous run did not have, for a listed party whose content
/// changed since the previous run or since the decision, and for a score that rose to the alert threshold.
/// </summary>
internal static class AlertRules
{
    public static AlertVerdict Evaluate(
        double score, ListedPartyContent content, string fingerprint, KnownState? previous, KnownState? decision, double alertThreshold)
    {
        if (decision is not null && decision.Fingerprint == fingerprint)
        {
            return new AlertVerdict(null, [], CoveredByDecision: true);
        }

        if (previous is null)
        {
            return decision is null
                ? new AlertVerdict(AlertReason.NewHit, [], false)
                : new AlertVerdict(AlertReason.ListedPartyChanged, ChangesSince(decision, content), false);
        }

        if (previous.Fingerprint != fingerprint)
        {
            return new AlertVerdict(AlertReason.ListedPartyChanged, ChangesSince(previous, content), false);
        }

        if (previous.Score < alertThreshold && score >= alertThreshold)
        {
            return new AlertVerdict(AlertReason.ScoreCrossedAlert, [], false);
        }

        return new AlertVerdict(null, [], false);
    }

    private static IReadOnlyList<string> ChangesSince(KnownState known, ListedPartyContent content)
    {
        var before = ListedPartyContent.FromJson(known.ContentJson);
        if (before is null)
        {
            return ["content changed (the earlier content was not stored)"];
        }

        var changes = content.DescribeChanges(before);
        return changes.Count > 0 ? changes : ["content changed"];
    }
}
