using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Storage.Registry;

namespace PartnerScreening.Web.Pages.Partners;

/// <summary>Creates or edits a partner: names (one per line, optionally prefixed by a language such as <c>zh:</c>), country, type, websites.</summary>
public sealed class EditModel(RegistryStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public string Names { get; set; } = "";

    [BindProperty]
    public string? Country { get; set; }

    [BindProperty]
    public PartnerType Type { get; set; } = PartnerType.University;

    [BindProperty]
    public string Websites { get; set; } = "";

    [BindProperty]
    public string? Notes { get; set; }

    public IReadOnlyList<RegistryError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            return Page();
        }

        var partner = await store.GetPartnerAsync(id, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        Names = string.Join('\n', partner.Names.Select(n => n.Language is null ? n.Value : $"{n.Language}:{n.Value}"));
        Country = partner.Country;
        Type = partner.Type;
        Websites = string.Join('\n', partner.Websites);
        Notes = partner.Notes;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Model binding turns an empty text box into null, so an empty websites box arrives as null.
        var country = string.IsNullOrWhiteSpace(Country) ? null : CountryNames.Resolve(Country) ?? Country.Trim().ToUpperInvariant();
        var partner = new Partner
        {
            Id = Id ?? 0,
            Names = (Names ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseName).ToArray(),
            Country = country,
            Type = Type,
            Websites = (Websites ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
        };
        try
        {
            var saved = Id is null ? await store.CreatePartnerAsync(partner, cancellationToken) : await store.UpdatePartnerAsync(partner, cancellationToken);
            return saved is null ? NotFound() : RedirectToPage("/Partners/Details", new { id = saved.Id });
        }
        catch (RegistryValidationException exception)
        {
            Errors = exception.Errors;
            return Page();
        }
    }

    private static PartnerName ParseName(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon is > 0 and <= 5 && line[..colon].All(char.IsAsciiLetter)
            ? new PartnerName(line[(colon + 1)..].Trim(), line[..colon].ToLowerInvariant())
            : new PartnerName(line);
    }
}
