using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists.Ingestion;

/// <summary>What one ingest attempt of one source did: the recorded attempt, the snapshot now in force and, when a new one was accepted, its diff.</summary>
public sealed record SourceIngestResult(IngestAttempt Attempt, ListSnapshot? InForce, ListDiff? Diff)
{
    public string Source => Attempt.Source;

    public IngestOutcome Outcome => Attempt.Outcome;

    /// <summary>True when the attempt neither failed nor was rejected.</summary>
    public bool Succeeded => Outcome is IngestOutcome.Accepted or IngestOutcome.Unchanged;
}

/// <summary>The results of an ingest run, one per source, and the snapshots-changed handlers that failed afterwards.</summary>
public sealed record IngestRunResult(IReadOnlyList<SourceIngestResult> Sources, IReadOnlyList<string> FailedHandlers)
{
    public IEnumerable<ListSnapshot> Accepted => Sources
        .Where(result => result.Outcome == IngestOutcome.Accepted && result.InForce is not null)
        .Select(result => result.InForce!);

    /// <summary>True when every source succeeded and every handler ran.</summary>
    public bool Succeeded => Sources.All(result => result.Succeeded) && FailedHandlers.Count == 0;
}
