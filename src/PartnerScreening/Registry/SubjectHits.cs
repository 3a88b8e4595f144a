using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.Registry;

/// <summary>
/// The hits of a partner or researcher against the lists in force right now, each with the newest decision on its
/// pair, and every decision recorded on the subject (also those whose hit no longer appears).
/// </summary>
public sealed record SubjectHits(
    SubjectKind SubjectKind,
    int SubjectId,
    string SubjectName,
    IReadOnlyList<SubjectHit> Hits,
    IReadOnlyList<DecisionEntity> Decisions,
    string IndexVersion);

/// <summary>
/// The best hit of a subject on one listed party: the subject's name that scored best, the hit with its explanation,
/// and the newest decision on the pair (subject, listed party) when there is one.
/// </summary>
public sealed record SubjectHit
{
    public required string QueryName { get; init; }

    public required ScreeningHit Hit { get; init; }

    /// <summary>The listed party key that decisions are attached to (see <see cref="ListedPartyKey"/>).</summary>
    public required string PartyKey { get; init; }

    /// <summary>The newest decision on the pair, in force or not.</summary>
    public DecisionEntity? Decision { get; init; }

    /// <summary>
    /// What changed in the listed party since the decision, one change per line. Empty when the decision is in
    /// force or there is no decision.
    /// </summary>
    public IReadOnlyList<string> ChangesSinceDecision { get; init; } = [];

    /// <summary>True when a decision exists and the listed party still has the content the officer decided on.</summary>
    public bool DecisionInForce { get; init; }

    /// <summary>True when a decision exists but the listed party changed since, so the officer must decide again.</summary>
    public bool DecisionOutdated => Decision is not null && !DecisionInForce;
}
