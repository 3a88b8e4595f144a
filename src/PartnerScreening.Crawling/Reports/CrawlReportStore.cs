using System.Globalization;
using System.Text.RegularExpressions;
using PartnerScreening.Domain;

namespace PartnerScreening.Crawling.Reports;

/// <summary>
/// Keeps every crawl report under <c>reports/crawl/&lt;partner&gt;/</c> in the data directory, JSON and HTML side by side,
/// named by start time so the latest one can be compared with the next crawl.
/// </summary>
public sealed partial class CrawlReportStore(DataDirectory dataDirectory)
{
    public string Root => Path.Combine(dataDirectory.Root, "reports", "crawl");

    /// <summary>Writes the report as JSON and HTML and returns the JSON path.</summary>
    public async Task<string> SaveAsync(CrawlReport report, CancellationToken cancellationToken)
    {
        var folder = FolderOf(report.Partner.Id);
        Directory.CreateDirectory(folder);
        var name = NameOf(report);
        var stem = Path.Combine(folder, name);

        var html = CrawlReportHtmlWriter.Write(report, CrawlReportLinks.ForDataDirectory(name));
        await File.WriteAllTextAsync(stem + ".html", html, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(stem + ".json", CrawlReportJson.Serialize(report), cancellationToken).ConfigureAwait(false);
        return stem + ".json";
    }

    /// <summary>The file name of a report without extension: its start time in UTC, e.g. <c>20261204T021500Z</c>.</summary>
    public static string NameOf(CrawlReport report) =>
        report.StartedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The most recent report of <paramref name="partnerId"/>, or null when there is none.</summary>
    public async Task<CrawlReport?> LoadLatestAsync(string partnerId, CancellationToken cancellationToken)
    {
        var latest = ListNames(partnerId).FirstOrDefault();
        return latest is null ? null : await CrawlReportJson.ReadAsync(JsonPathOf(partnerId, latest), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The names of the partner's stored reports, newest first (see <see cref="NameOf"/>).</summary>
    public IReadOnlyList<string> ListNames(string partnerId)
    {
        var folder = FolderOf(partnerId);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.GetFiles(folder, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(IsReportName)
            .OrderDescending(StringComparer.Ordinal)];
    }

    /// <summary>Reads one stored report, or returns null when the partner has no report of that name.</summary>
    /// <exception cref="InvalidDataException">The stored JSON is not a crawl report.</exception>
    public async Task<CrawlReport?> LoadAsync(string partnerId, string name, CancellationToken cancellationToken)
    {
        if (!IsReportName(name))
        {
            return null;
        }

        var path = JsonPathOf(partnerId, name);
        return File.Exists(path) ? await CrawlReportJson.ReadAsync(path, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>
    /// The path of a stored report file with extension <c>.json</c> or <c>.html</c>, or null when the name or
    /// extension is not one this store writes or the file does not exist.
    /// </summary>
    public string? FindFile(string partnerId, string name, string extension)
    {
        if (!IsReportName(name) || extension is not (".json" or ".html"))
        {
            return null;
        }

        var path = Path.Combine(FolderOf(partnerId), name + extension);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Whether <paramref name="name"/> has the form this store gives reports, e.g. <c>20261204T021500Z</c>.</summary>
    public static bool IsReportName(string name) => ReportName().IsMatch(name);

    /// <summary>The folder name of a partner's reports: the id with every character outside <c>[A-Za-z0-9._-]</c> replaced by <c>_</c>.</summary>
    public static string FolderNameOf(string partnerId)
    {
        var safe = new string([.. partnerId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        return safe.Trim('.').Length == 0 ? "_" : safe;
    }

    private string JsonPathOf(string partnerId, string name) => Path.Combine(FolderOf(partnerId), name + ".json");

    private string FolderOf(string partnerId) => Path.Combine(Root, FolderNameOf(partnerId));

    [GeneratedRegex(@"^\d{8}T\d{6}Z$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportName();
}
