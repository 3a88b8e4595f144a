using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PartnerScreening.Screenings.Batch;

namespace PartnerScreening.Web.Pages.Batch;

/// <summary>Upload of an Excel or CSV file of names to screen in the background.</summary>
[RequestSizeLimit(MaxFileBytes + 64 * 1024)]
public sealed class BatchModel(BatchScreeningService batches, IStringLocalizer localizer) : PageModel
{
    private const long MaxFileBytes = 10 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public string? Error { get; private set; }

    public IReadOnlyList<BatchJob> Jobs { get; private set; } = [];

    public void OnGet() => Jobs = batches.GetByOwner(Owner);

    public IActionResult OnPost()
    {
        if (Upload is null || Upload.Length == 0)
        {
            return Fail(localizer["Batch.ErrorNoFile"]);
        }

        if (Upload.Length > MaxFileBytes)
        {
            return Fail(localizer["Batch.ErrorTooLarge"]);
        }

        IReadOnlyList<BatchRow> rows;
        try
        {
            using var stream = Upload.OpenReadStream();
            rows = BatchNameReader.Read(stream, Upload.FileName);
        }
        catch (InvalidDataException exception)
        {
            return Fail($"{localizer["Batch.ErrorUnreadable"]} ({exception.Message})");
        }

        if (rows.Count == 0)
        {
            return Fail(localizer["Batch.ErrorEmpty"]);
        }

        var job = batches.Enqueue(Owner, Path.GetFileName(Upload.FileName), rows);
        return RedirectToPage("/Batch/Status", new { id = job.Id });
    }

    private string Owner => User.Identity?.Name ?? "unknown";

    private PageResult Fail(string message)
    {
        Error = message;
        Jobs = batches.GetByOwner(Owner);
        return Page();
    }
}
