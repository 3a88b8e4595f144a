using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Screenings.Batch;

namespace PartnerScreening.Web.Pages.Batch;

/// <summary>Progress and results of one batch; the results download as an Excel workbook.</summary>
public sealed class BatchStatusModel(BatchScreeningService batches) : PageModel
{
    public BatchJob? Job { get; private set; }

    public IActionResult OnGet(string id)
    {
        Job = FindOwnJob(id);
        return Job is null ? NotFound() : Page();
    }

    public IActionResult OnGetDownload(string id)
    {
        var job = FindOwnJob(id);
        if (job is null || !job.IsFinished)
        {
            return NotFound();
        }

        var name = Path.GetFileNameWithoutExtension(job.FileName) + "-screening-results.xlsx";
        return File(BatchResultWriter.Write(job), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    private BatchJob? FindOwnJob(string id) =>
        batches.Get(id) is { } job && job.Owner == User.Identity?.Name ? job : null;
}
