using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerScreening.Domain;
using PartnerScreening.Storage.Registry.Import;

namespace PartnerScreening.Web.Pages.Partners;

/// <summary>
/// Ledger upload: the officer uploads an Excel or CSV file, sees the column mapping, a preview of every row and
/// the errors, and then imports; a file with errors imports nothing unless the officer asks for the valid rows only.
/// </summary>
[RequestSizeLimit(MaxUploadBytes)]
public sealed class ImportModel(LedgerImporter importer, DataDirectory dataDirectory) : PageModel
{
    private const int MaxUploadBytes = 10 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Overrides, one <c>field=column</c> per line.</summary>
    [BindProperty]
    public string? Mapping { get; set; }

    [BindProperty]
    public bool ValidOnly { get; set; }

    /// <summary>Name of the uploaded copy kept between the preview and the import.</summary>
    [BindProperty]
    public string? Token { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    public LedgerImportResult? Result { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Error = RegistryText.T("ファイルを選択してください（Excel .xlsx または CSV）。", "Choose a file (Excel .xlsx or CSV).");
            return Page();
        }

        Token = Guid.NewGuid().ToString("N");
        FileName = Path.GetFileName(Upload.FileName);
        Directory.CreateDirectory(UploadDirectory);
        await using (var copy = System.IO.File.Create(UploadPath(Token)))
        {
            await Upload.CopyToAsync(copy, cancellationToken);
        }

        return await RunAsync(dryRun: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (Token is null || !Guid.TryParseExact(Token, "N", out _) || !System.IO.File.Exists(UploadPath(Token)))
        {
            Error = RegistryText.T("アップロードしたファイルが見つかりません。もう一度アップロードしてください。", "The uploaded file was not found; upload it again.");
            return Page();
        }

        var page = await RunAsync(dryRun: false, cancellationToken);
        if (Result?.Applied == true)
        {
            System.IO.File.Delete(UploadPath(Token));
        }

        return page;
    }

    private async Task<IActionResult> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var options = new LedgerImportOptions
        {
            DryRun = dryRun,
            ValidOnly = ValidOnly,
            Mapping = (Mapping ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        try
        {
            await using var stream = System.IO.File.OpenRead(UploadPath(Token!));
            Result = await importer.ImportAsync(FileName ?? "ledger.xlsx", stream, options, cancellationToken);
        }
        catch (LedgerImportException exception)
        {
            Error = RegistryText.T(exception.MessageJa, exception.Message);
        }

        return Page();
    }

    private string UploadDirectory => Path.Combine(dataDirectory.Root, "uploads");

    private string UploadPath(string token) => Path.Combine(UploadDirectory, token + ".bin");
}
