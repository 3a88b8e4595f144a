using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Storage.Registry;

namespace PartnerScreening.Web.Pages.Agreements;

/// <summary>Creates, edits or archives an agreement with a partner.</summary>
public sealed class EditModel(RegistryStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PartnerId { get; set; }

    [BindProperty]
    public AgreementKind Kind { get; set; } = AgreementKind.JointResearch;

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Department { get; set; }

    [BindProperty]
    public string? ResponsibleResearcher { get; set; }

    [BindProperty]
    [DataType(DataType.Date)]
    public DateOnly? StartDate { get; set; }

    [BindProperty]
    [DataType(DataType.Date)]
    public DateOnly? EndDate { get; set; }

    [BindProperty]
    public AgreementStatus Status { get; set; } = AgreementStatus.Active;

    public DateTimeOffset? ArchivedAt { get; private set; }

    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public IReadOnlyList<RegistryError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Partners = await store.ListPartnersAsync(includeArchived: false, search: null, cancellationToken);
        if (Id is not { } id)
        {
            return Page();
        }

        var agreement = await store.GetAgreementAsync(id, cancellationToken);
        if (agreement is null)
        {
            return NotFound();
        }

        PartnerId = agreement.PartnerId;
        Kind = agreement.Kind;
        Title = agreement.Title;
        Department = agreement.Department;
        ResponsibleResearcher = agreement.ResponsibleResearcher;
        StartDate = agreement.StartDate;
        EndDate = agreement.EndDate;
        Status = agreement.Status;
        ArchivedAt = agreement.ArchivedAt;
        await AddArchivedPartnerAsync(agreement.PartnerId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = ModelState
            .Where(entry => entry.Value?.Errors.Count > 0)
            .Select(entry => InvalidValue(entry.Key, entry.Value!.AttemptedValue))
            .ToList();
        if (PartnerId is null)
        {
            errors.Add(new("partnerId", "連携先機関を選択してください。", "Choose the partner the agreement is with."));
        }

        if (errors.Count > 0)
        {
            return await ShowErrorsAsync(errors, cancellationToken);
        }

        var agreement = new Agreement
        {
            Id = Id ?? 0,
            PartnerId = PartnerId!.Value,
            Kind = Kind,
            Title = Clean(Title),
            Department = Clean(Department),
            ResponsibleResearcher = Clean(ResponsibleResearcher),
            StartDate = StartDate,
            EndDate = EndDate,
            Status = Status,
        };
        try
        {
            var saved = Id is null ? await store.CreateAgreementAsync(agreement, cancellationToken) : await store.UpdateAgreementAsync(agreement, cancellationToken);
            return saved is null ? NotFound() : RedirectToPage("/Agreements/Index", new { partnerId = saved.PartnerId });
        }
        catch (RegistryValidationException exception)
        {
            return await ShowErrorsAsync(exception.Errors, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id || !await store.ArchiveAgreementAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return RedirectToPage("/Agreements/Edit", new { id });
    }

    private async Task<IActionResult> ShowErrorsAsync(IReadOnlyList<RegistryError> errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        Partners = await store.ListPartnersAsync(includeArchived: false, search: null, cancellationToken);
        if (PartnerId is { } partnerId)
        {
            await AddArchivedPartnerAsync(partnerId, cancellationToken);
        }

        return Page();
    }

    // The partner may have been archived since. It stays selectable, so saving does not move the agreement.
    private async Task AddArchivedPartnerAsync(int partnerId, CancellationToken cancellationToken)
    {
        if (Partners.Any(p => p.Id == partnerId) || await store.GetPartnerAsync(partnerId, cancellationToken) is not { } partner)
        {
            return;
        }

        Partners = [.. Partners, partner];
    }

    private static RegistryError InvalidValue(string field, string? value) => new(
        field,
        $"「{field}」の値「{value}」を読み取れません。日付は YYYY-MM-DD で入力してください。",
        $"The value '{value}' of {field} is invalid; enter dates as YYYY-MM-DD.");

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
