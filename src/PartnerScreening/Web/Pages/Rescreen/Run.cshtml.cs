using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.Web.Pages.Rescreen;

/// <summary>One run: its counts, its hits best first, and a decision form on each hit.</summary>
public sealed class RunModel(RescreenStore store, DecisionService decisions) : PageModel
{
    public RescreenRunEntity? Run { get; private set; }

    public IReadOnlyList<RescreenHitEntity> Hits { get; private set; } = [];

    public IReadOnlyList<RegistryError> Errors { get; private set; } = [];

    public string? Recorded { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Run = await store.GetRunAsync(id, cancellationToken);
        if (Run is null)
        {
            return NotFound();
        }

        Hits = await store.ListHitsAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, long hitId, DecisionKind kind, string? reason, CancellationToken cancellationToken)
    {
        var hits = await store.ListHitsAsync(id, cancellationToken);
        var hit = hits.SingleOrDefault(h => h.Id == hitId);
        if (hit is null)
        {
            return NotFound();
        }

        try
        {
            await decisions.RecordAsync(new DecisionRequest
            {
                SubjectKind = hit.SubjectKind,
                SubjectId = hit.SubjectId,
                SnapshotId = hit.SnapshotId,
                SourceEntityId = hit.SourceEntityId,
                Kind = kind,
                Reason = reason,
                DecidedBy = User.FindFirstValue(ClaimTypes.Name) ?? User.Identity?.Name ?? "officer",
            }, cancellationToken);
            Recorded = $"{hit.SubjectName} ↔ {hit.ListedName}";
        }
        catch (RegistryValidationException exception)
        {
            Errors = exception.Errors;
        }

        return await OnGetAsync(id, cancellationToken);
    }
}
