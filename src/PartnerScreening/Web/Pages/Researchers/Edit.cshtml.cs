using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Storage.Registry;

namespace PartnerScreening.Web.Pages.Researchers;

/// <summary>
/// Creates, edits or archives a foreign researcher: name, nationality, home institution (a registered partner),
/// scheme, stay period and the three checks (before arrival, during the stay, before departure).
/// </summary>
public sealed class EditModel(RegistryStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string? NameOriginal { get; set; }

    [BindProperty]
    public string? Nationality { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? HomeInstitutionId { get; set; }

    [BindProperty]
    public ResearcherScheme Scheme { get; set; } = ResearcherScheme.CooperativeResearcher;

    [BindProperty]
    public string? HostDepartment { get; set; }

    [BindProperty]
    public DateOnly? StayStart { get; set; }

    [BindProperty]
    public DateOnly? StayEnd { get; set; }

    [BindProperty]
    public CheckInput EntryCheck { get; set; } = new();

    [BindProperty]
    public CheckInput MidStayCheck { get; set; } = new();

    [BindProperty]
    public CheckInput ExitCheck { get; set; } = new();

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

        var researcher = await store.GetResearcherAsync(id, cancellationToken);
        if (researcher is null)
        {
            return NotFound();
        }

        Name = researcher.Name;
        NameOriginal = researcher.NameOriginal;
        Nationality = researcher.Nationality;
        HomeInstitutionId = researcher.HomeInstitutionId;
        Scheme = researcher.Scheme;
        HostDepartment = researcher.HostDepartment;
        StayStart = researcher.StayStart;
        StayEnd = researcher.StayEnd;
        EntryCheck = CheckInput.From(researcher.EntryCheck);
        MidStayCheck = CheckInput.From(researcher.MidStayCheck);
        ExitCheck = CheckInput.From(researcher.ExitCheck);
        ArchivedAt = researcher.ArchivedAt;
        await AddArchivedPartnerAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = ModelState
            .Where(entry => entry.Value?.Errors.Count > 0)
            .Select(entry => InvalidValue(entry.Key, entry.Value!.AttemptedValue))
            .ToList();
        if (errors.Count > 0)
        {
            return await ShowErrorsAsync(errors, cancellationToken);
        }

        var researcher = new Researcher
        {
            Id = Id ?? 0,
            Name = Name?.Trim() ?? "",
            NameOriginal = Clean(NameOriginal),
            Nationality = string.IsNullOrWhiteSpace(Nationality) ? null : CountryNames.Resolve(Nationality) ?? Nationality.Trim().ToUpperInvariant(),
            HomeInstitutionId = HomeInstitutionId,
            Scheme = Scheme,
            HostDepartment = Clean(HostDepartment),
            StayStart = StayStart,
            StayEnd = StayEnd,
            EntryCheck = EntryCheck.ToRecord(),
            MidStayCheck = MidStayCheck.ToRecord(),
            ExitCheck = ExitCheck.ToRecord(),
        };
        try
        {
            var saved = Id is null ? await store.CreateResearcherAsync(researcher, cancellationToken) : await store.UpdateResearcherAsync(researcher, cancellationToken);
            return saved is null ? NotFound() : RedirectToPage("/Researchers/Details", new { id = saved.Id });
        }
        catch (RegistryValidationException exception)
        {
            return await ShowErrorsAsync(exception.Errors, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id || !await store.ArchiveResearcherAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return RedirectToPage("/Researchers/Details", new { id });
    }

    private async Task<IActionResult> ShowErrorsAsync(IReadOnlyList<RegistryError> errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        Partners = await store.ListPartnersAsync(includeArchived: false, search: null, cancellationToken);
        await AddArchivedPartnerAsync(cancellationToken);
        return Page();
    }

    // The home institution may have been archived since. It stays selectable, so saving does not clear it.
    private async Task AddArchivedPartnerAsync(CancellationToken cancellationToken)
    {
        if (HomeInstitutionId is not { } homeId || Partners.Any(p => p.Id == homeId)
            || await store.GetPartnerAsync(homeId, cancellationToken) is not { } partner)
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

    /// <summary>The form fields of one researcher check.</summary>
    public sealed class CheckInput
    {
        public CheckState State { get; set; }

        public DateOnly? CompletedOn { get; set; }

        public string? Note { get; set; }

        public static CheckInput From(ResearcherCheck check) => new() { State = check.State, CompletedOn = check.CompletedOn, Note = check.Note };

        public ResearcherCheck ToRecord() => new(State, CompletedOn, Clean(Note));
    }
}
