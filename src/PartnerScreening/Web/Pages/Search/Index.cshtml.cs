using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Screenings;

namespace PartnerScreening.Web.Pages.Search;

/// <summary>
/// The officer's search: each search is stored like an API screening (actor: the officer) and then shown by id,
/// so a reload never screens twice and the result can be printed for the case file.
/// </summary>
public sealed class SearchModel(ScreeningStore store, IServiceProvider services, IStringLocalizer localizer) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Country { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    public Dictionary<string, string> Errors { get; private set; } = [];

    public string? ServiceError { get; private set; }

    public ScreeningResponse? Screening { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id))
        {
            return Page();
        }

        Screening = await store.GetAsync(id, cancellationToken);
        if (Screening is null)
        {
            return NotFound();
        }

        Name = Screening.Subject.Name;
        Country = Screening.Subject.Country;
        Kind = Screening.Subject.Kind;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new ScreeningRequest
        {
            Subject = new SubjectRequest { Name = Name, Country = Country, Kind = Kind },
        };
        if (!SubjectValidator.TryValidate(request, out var validated, out var errors))
        {
            Errors = errors.ToDictionary(error => error.Key, error => LocalizeError(error.Key));
            return Page();
        }

        try
        {
            var runner = services.GetRequiredService<ScreeningRunner>();
            var actor = new ScreeningActor("officer", User.Identity?.Name ?? "unknown");
            var screening = await runner.RunAsync(validated!, request, actor, cancellationToken);
            return RedirectToPage(new { id = screening.Id });
        }
        catch (IndexNotReadyException)
        {
            ServiceError = localizer["Search.IndexNotReady"];
            return Page();
        }
    }

    // The validator's messages are English; the form shows its own text per field, in the UI language.
    private string LocalizeError(string field) => localizer[field switch
    {
        "subject.name" => "Search.ErrorName",
        "subject.country" => "Search.ErrorCountry",
        _ => "Search.ErrorOther",
    }];
}
