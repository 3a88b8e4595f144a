using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists.Tests.Fixtures;

/// <summary>Records every call of the snapshots-changed hook.</summary>
internal sealed class RecordingHandler : ISnapshotsChangedHandler
{
    public List<IReadOnlyList<ListSnapshot>> Calls { get; } = [];

    public Task OnSnapshotsChangedAsync(IReadOnlyList<ListSnapshot> accepted, CancellationToken cancellationToken)
    {
        Calls.Add(accepted);
        return Task.CompletedTask;
    }
}
