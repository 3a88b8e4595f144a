namespace PartnerScreening.Domain.Screening;

/// <summary>Screens names against the index of every list snapshot in force.</summary>
public interface INameScreener
{
    /// <summary>Returns the hit groups at or above the query's minimum score, best first.</summary>
    /// <exception cref="IndexNotReadyException">No index has been built yet.</exception>
    ScreeningResult Screen(ScreeningQuery query);

    /// <summary>Version of the index in force and the snapshot ids it was built from.</summary>
    IndexVersion? CurrentVersion { get; }
}

public sealed record ScreeningResult(IReadOnlyList<HitGroup> Groups, IndexVersion Index);

/// <summary>
/// An index build: its id, when it was built, the snapshots it covers, the build of the matcher that wrote it, and
/// the number and SHA-256 of the stored parties, which opening checks. The last three are null for versions written
/// before they were recorded.
/// </summary>
public sealed record IndexVersion(
    string Id,
    DateTimeOffset BuiltAt,
    IReadOnlyList<string> SnapshotIds,
    string? Matcher = null,
    int? PartyCount = null,
    string? PartiesSha256 = null);

/// <summary>Thrown when a search arrives before any index has been built.</summary>
public sealed class IndexNotReadyException : Exception
{
    public IndexNotReadyException()
        : base("The name index is not built yet. Ingest the lists first (ingest), or wait for the first ingest to finish.")
    {
    }

    public IndexNotReadyException(string message)
        : base(message)
    {
    }

    public IndexNotReadyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The two configurable score thresholds.</summary>
public sealed record ScreeningThresholds
{
    /// <summary>Hits at or above this score are shown to the officer. Default 70.</summary>
    public double Review { get; init; } = 70;

    /// <summary>Hits at or above this score raise an alert in nightly rescreening. Default 85.</summary>
    public double Alert { get; init; } = 85;
}
