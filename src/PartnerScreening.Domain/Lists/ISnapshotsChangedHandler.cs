namespace PartnerScreening.Domain.Lists;

/// <summary>
/// Called after an ingest accepted at least one new snapshot, once per ingest run: the name index rebuilds
/// itself and the rescreening job is triggered through this hook.
/// </summary>
public interface ISnapshotsChangedHandler
{
    Task OnSnapshotsChangedAsync(IReadOnlyList<ListSnapshot> accepted, CancellationToken cancellationToken);
}
