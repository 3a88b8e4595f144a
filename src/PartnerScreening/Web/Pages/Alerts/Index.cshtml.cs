using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.Web.Pages.Alerts;

/// <summary>
/// The alert inbox: alerts raised by rescreening runs, newest first. The officer records a decision on the hit
/// (which also acknowledges the alert) or acknowledges it without one.
/// </summary>
public sealed class IndexModel(RescreenStore store, DecisionService decisions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool IncludeAcknowledged { get; set; }

    public IReadOnlyList<AlertEntity> Alerts { get; private set; } = [];

    public IReadOnlyList<RegistryError> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Alerts = await store.ListAlertsAsync(IncludeAcknowledged, cancellationToken);
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(int id, CancellationToken cancellationToken)
    {
        await store.AcknowledgeAlertAsync(id, Officer, cancellationToken);
        return RedirectToPage(new { IncludeAcknowledged });
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, DecisionKind kind, string? reason, CancellationToken cancellationToken)
    {
        var alert = (await store.ListAlertsAsync(includeAcknowledged: true, cancellationToken)).SingleOrDefault(a => a.Id == id);
        if (alert is null)
        {
            return NotFound();
        }

        try
        {
            await decisions.RecordAsync(new DecisionRequest
            {
                SubjectKind = alert.SubjectKind,
                SubjectId = alert.SubjectId,
                SnapshotId = alert.SnapshotId,
                SourceEntityId = alert.SourceEntityId,
                Kind = kind,
                Reason = reason,
                DecidedBy = Officer,
            }, cancellationToken);
        }
        catch (RegistryValidationException exception)
        {
            Errors = exception.Errors;
            await OnGetAsync(cancellationToken);
            return Page();
        }

        await store.AcknowledgeAlertAsync(id, Officer, cancellationToken);
        return RedirectToPage(new { IncludeAcknowledged });
    }

    private string Officer => User.FindFirstValue(ClaimTypes.Name) ?? User.Identity?.Name ?? "officer";
}
