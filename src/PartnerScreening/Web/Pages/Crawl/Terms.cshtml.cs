using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Crawling.Lexicon;
using PartnerScreening.Web.Crawl;

namespace PartnerScreening.Web.Pages.Crawl;

/// <summary>
/// Officer terms: add and remove lexicon terms that the next crawl uses beside the shipped lexicon, which is shown
/// read-only for reference.
/// </summary>
public sealed class TermsModel(OfficerTermForm form, OfficerTermStore store, ILogger<TermsModel> logger) : PageModel
{
    [BindProperty]
    public string? Term { get; set; }

    [BindProperty]
    public string? Language { get; set; } = "zh-Hans";

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public RelationType? RelationType { get; set; }

    [BindProperty]
    public EvidenceStrength? Weight { get; set; } = EvidenceStrength.Medium;

    [BindProperty]
    public string? FalsePositiveContexts { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public IReadOnlyList<TermFormError> Errors { get; private set; } = [];

    public string? Saved { get; private set; }

    public LexiconDocument Shipped { get; private set; } = null!;

    public IReadOnlyList<string> Categories { get; private set; } = [];

    public IReadOnlyList<LexiconTerm> OfficerTerms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Saved = TempData["TermMessage"] as string;
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);

        // A value that does not bind leaves the property at its default, so it is cleared to fail validation instead.
        var relationType = ModelState[nameof(RelationType)]?.Errors.Count > 0 ? null : RelationType;
        var weight = ModelState[nameof(Weight)]?.Errors.Count > 0 ? null : Weight;
        var input = new OfficerTermInput(Term, Language, Category, relationType, weight, FalsePositiveContexts, Note);
        var (term, errors) = OfficerTermForm.Validate(input, Shipped, OfficerTerms);
        if (term is null)
        {
            Errors = errors;
            return Page();
        }

        var stored = await store.SaveAsync(term, cancellationToken);
        CrawlPagesLog.TermAdded(logger, stored.Id, UserName());
        TempData["TermMessage"] = Partners.RegistryText.T($"用語「{stored.Term}」を追加しました。次回の調査から使われます。", $"Term '{stored.Term}' added; the next crawl uses it.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, CancellationToken cancellationToken)
    {
        if (!await store.RemoveAsync(id ?? "", cancellationToken))
        {
            return NotFound();
        }

        CrawlPagesLog.TermRemoved(logger, id!, UserName());
        TempData["TermMessage"] = Partners.RegistryText.T("用語を削除しました。次回の調査から使われません。", "Term removed; the next crawl no longer uses it.");
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Shipped = await form.LoadShippedAsync(cancellationToken);
        Categories = OfficerTermForm.CategoriesOf(Shipped);
        OfficerTerms = await store.ListAsync(cancellationToken);
    }

    private string UserName() => User.FindFirstValue(ClaimTypes.Name) ?? User.Identity?.Name ?? "officer";
}
