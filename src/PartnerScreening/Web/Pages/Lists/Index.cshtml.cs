using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Screenings;

namespace PartnerScreening.Web.Pages.Lists;

/// <summary>Every list source with its snapshot in force, the last ingest attempt and the last diff.</summary>
public sealed class ListsModel(ListStatusService listStatus, IListSnapshotStore store) : PageModel
{
    public IReadOnlyList<ListStatus> Statuses { get; private set; } = [];

    public IReadOnlyList<ListDiff> Diffs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Statuses = await listStatus.GetAllAsync(cancellationToken);
        var diffs = new List<ListDiff>();
        foreach (var status in Statuses.Where(status => status.InForce is not null))
        {
            if (await store.GetLastDiffAsync(status.Source, cancellationToken) is { } diff)
            {
                diffs.Add(diff);
            }
        }

        Diffs = diffs;
    }
}
