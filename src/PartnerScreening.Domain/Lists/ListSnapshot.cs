namespace PartnerScreening.Domain.Lists;

/// <summary>
/// Metadata of one parsed edition of a list. The raw bytes are stored by <see cref="Sha256"/> and never overwritten.
/// </summary>
public sealed record ListSnapshot
{
    /// <summary>Snapshot id: <c>{source}-{yyyyMMddHHmmss}-{first 8 hex digits of the SHA-256}</c>.</summary>
    public required string Id { get; init; }

    public required string Source { get; init; }

    /// <summary>Lower-case hex SHA-256 of the raw file (for multi-file formats, of the primary file).</summary>
    public required string Sha256 { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>Edition or publication date when the file states one.</summary>
    public DateOnly? Edition { get; init; }

    public required int RecordCount { get; init; }

    public required string ParserVersion { get; init; }

    /// <summary>Where the file came from: a URL or the local path given to <c>ingest --file</c>.</summary>
    public string? Origin { get; init; }

    public SnapshotStatus Status { get; init; } = SnapshotStatus.InForce;

    /// <summary>Why the validation gate rejected the snapshot, when it did.</summary>
    public string? RejectionReason { get; init; }
}

public enum SnapshotStatus
{
    InForce,
    Superseded,
    Rejected,
}
