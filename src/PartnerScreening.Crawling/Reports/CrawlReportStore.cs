using System.Globalization;
using PartnerScreening.Domain;

namespace PartnerScreening.Crawling.Reports;

/// <summary>
/// Keeps every crawl report under <c>reports/crawl/&lt;partner&gt;/</c> in the data directory, JSON and HTML side by side,
/// named by start time so the latest one can be compared with the next crawl.
/// </summary>
public sealed class CrawlReportStore(DataDirectory dataDirectory)
{
    public string Root => Path.Combine(dataDirectory.Root, "reports", "crawl");

    /// <summary>Writes the report as JSON and HTML and returns the JSON path.</summary>
    public async Task<string> SaveAsync(CrawlReport report, CancellationToken cancellationToken)
    {
        var folder = FolderOf(report.Partner.Id);
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, report.StartedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

        await File.WriteAllTextAsync(stem + ".html", CrawlReportHtmlWriter.Write(report), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(stem + ".json", CrawlReportJson.Serialize(report), cancellationToken).ConfigureAwait(false);
        return stem + ".json";
    }

    /// <summary>The most recent report of <paramref name="partnerId"/>, or null when there is none.</summary>
    public async Task<CrawlReport?> LoadLatestAsync(string partnerId, CancellationToken cancellationToken)
    {
        var folder = FolderOf(partnerId);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var latest = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).LastOrDefault();
        return latest is null ? null : await CrawlReportJson.ReadAsync(latest, cancellationToken).ConfigureAwait(false);
    }

    private string FolderOf(string partnerId)
    {
        // Partner ids become folder names, so anything outside a safe set is replaced.
        var safe = new string([.. partnerId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        return Path.Combine(Root, safe.Trim('.').Length == 0 ? "_" : safe);
    }
}
