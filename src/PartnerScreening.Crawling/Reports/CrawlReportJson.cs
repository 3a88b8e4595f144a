using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerScreening.Crawling.Reports;

/// <summary>Reads and writes <see cref="CrawlReport"/> as JSON: camelCase, enums as strings, CJK and Cyrillic written as is.</summary>
public static class CrawlReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(CrawlReport report) => JsonSerializer.Serialize(report, Options);

    /// <exception cref="InvalidDataException">The text is not a crawl report of a known schema.</exception>
    public static CrawlReport Deserialize(string json, string source)
    {
        CrawlReport? report;
        try
        {
            report = JsonSerializer.Deserialize<CrawlReport>(json, Options);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"'{source}' is not a valid crawl report: {exception.Message}", exception);
        }

        if (report is null || report.Schema != CrawlReport.CurrentSchema)
        {
            throw new InvalidDataException($"'{source}' is not a crawl report of schema {CrawlReport.CurrentSchema} (found '{report?.Schema}').");
        }

        return report;
    }

    public static async Task<CrawlReport> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The previous report '{path}' was not found. Pass the JSON file written by an earlier crawl.", path);
        }

        return Deserialize(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path);
    }
}
