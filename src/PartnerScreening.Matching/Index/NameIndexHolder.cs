namespace PartnerScreening.Matching.Index;

/// <summary>
/// Holds the index version searches use. A swap publishes the new version at once; searches already running
/// on the old one finish before it is closed.
/// </summary>
public sealed class NameIndexHolder : IDisposable
{
    private static readonly TimeSpan CloseDelay = TimeSpan.FromSeconds(30);
    private readonly TimeProvider timeProvider;
    private volatile NameIndex? current;

    public NameIndexHolder(TimeProvider timeProvider)
    {
        this.timeProvider = timeProvider;
    }

    public NameIndex? Current => current;

    /// <summary>Publishes a new index version and closes the one it replaces after a grace period.</summary>
    public void Swap(NameIndex index)
    {
        var previous = Interlocked.Exchange(ref current, index);
        if (previous is null)
        {
            return;
        }

        // Searches hold no lease on the index; the grace period lets the ones in flight finish.
        _ = Task.Delay(CloseDelay, timeProvider).ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);
    }

    public void Dispose() => Interlocked.Exchange(ref current, null)?.Dispose();
}
