namespace PartnerScreening.Domain.Lists;

/// <summary>
/// Persistence of list snapshots: metadata, parsed parties and diffs. Raw bytes live in a content-addressed
/// file store beside it; the index is rebuilt from <see cref="GetPartiesAsync"/> of every snapshot in force.
/// </summary>
public interface IListSnapshotStore
{
    Task<ListSnapshot?> GetInForceAsync(string source, CancellationToken cancellationToken);

    Task<IReadOnlyList<ListSnapshot>> GetAllInForceAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ListSnapshot>> GetHistoryAsync(string source, CancellationToken cancellationToken);

    Task<IReadOnlyList<ListedParty>> GetPartiesAsync(string snapshotId, CancellationToken cancellationToken);

    Task<ListedParty?> GetPartyAsync(string snapshotId, string sourceEntityId, CancellationToken cancellationToken);

    /// <summary>Stores an accepted snapshot with its parties and diff, and marks the previous one superseded, in one transaction.</summary>
    Task AddInForceAsync(ListSnapshot snapshot, IReadOnlyList<ListedParty> parties, ListDiff diff, CancellationToken cancellationToken);

    Task<ListDiff?> GetLastDiffAsync(string source, CancellationToken cancellationToken);

    Task RecordAttemptAsync(IngestAttempt attempt, CancellationToken cancellationToken);

    Task<IngestAttempt?> GetLastAttemptAsync(string source, CancellationToken cancellationToken);
}

/// <summary>The outcome of one ingest attempt of a source, kept whether it succeeded or not.</summary>
public sealed record IngestAttempt
{
    public required string Source { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required IngestOutcome Outcome { get; init; }

    /// <summary>The snapshot created, or the one still in force when nothing new was accepted.</summary>
    public string? SnapshotId { get; init; }

    /// <summary>Human-readable reason for a rejection or failure, naming the file and what to do.</summary>
    public string? Message { get; init; }

    public string? Origin { get; init; }

    /// <summary>SHA-256 of the file tried, when one was read.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Records parsed from the file tried, when it was parsed.</summary>
    public int? RecordCount { get; init; }
}

public enum IngestOutcome
{
    Accepted,
    Unchanged,
    Rejected,
    Failed,
}
