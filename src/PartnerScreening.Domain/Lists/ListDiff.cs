namespace PartnerScreening.Domain.Lists;

/// <summary>
/// The change from one snapshot of a source to the next. Entries are paired by source entity id, or by
/// normalised name plus country for sources whose ids are not stable across editions (METI numbers).
/// </summary>
public sealed record ListDiff
{
    public required string Source { get; init; }

    public string? PreviousSnapshotId { get; init; }

    public required string SnapshotId { get; init; }

    public IReadOnlyList<ListDiffEntry> Added { get; init; } = [];

    public IReadOnlyList<ListDiffEntry> Removed { get; init; } = [];

    public IReadOnlyList<ListDiffChange> Changed { get; init; } = [];
}

/// <summary>An entry in a diff, named by its id in the snapshot it belongs to.</summary>
public sealed record ListDiffEntry(string SourceEntityId, string PrimaryName);

/// <summary>An entry present in both snapshots whose content differs; <c>Fields</c> names what changed.</summary>
public sealed record ListDiffChange(
    string PreviousSourceEntityId,
    string SourceEntityId,
    string PrimaryName,
    IReadOnlyList<string> Fields);
