namespace PartnerScreening.Screenings.Batch;

/// <summary>The outcome of one batch row: the stored screening, or why the row was not screened.</summary>
/// <summary>One screened row; <see cref="Error"/> is Japanese and <see cref="ErrorEn"/> English when the row was not screened.</summary>
public sealed record BatchRowResult(BatchRow Row, ScreeningResponse? Screening, string? Error)
{
    public string? ErrorEn { get; init; }
}

/// <summary>A batch screening in progress or finished, kept in memory until the server restarts.</summary>
public sealed class BatchJob(string id, string owner, string fileName, IReadOnlyList<BatchRow> rows, DateTimeOffset createdAt)
{
    private readonly List<BatchRowResult> _results = [];
    private readonly Lock _lock = new();

    public string Id { get; } = id;

    public string Owner { get; } = owner;

    public string FileName { get; } = fileName;

    public IReadOnlyList<BatchRow> Rows { get; } = rows;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>Set when the whole batch stopped, e.g. because the index was not ready; rows done so far are kept.</summary>
    public string? Failure { get; private set; }

    public int Done
    {
        get
        {
            lock (_lock)
            {
                return _results.Count;
            }
        }
    }

    public bool IsFinished => FinishedAt is not null;

    public IReadOnlyList<BatchRowResult> Results
    {
        get
        {
            lock (_lock)
            {
                return [.. _results];
            }
        }
    }

    internal void Add(BatchRowResult result)
    {
        lock (_lock)
        {
            _results.Add(result);
        }
    }

    internal void Finish(DateTimeOffset at, string? failure)
    {
        Failure = failure;
        FinishedAt = at;
    }
}
