using System.ComponentModel.DataAnnotations;

namespace PartnerScreening.Lists.Download;

/// <summary>List ingest settings, section <c>Lists</c>.</summary>
public sealed class ListsOptions
{
    public const string SectionName = "Lists";

    /// <summary>The list sources by source id (<c>Lists:Sources:&lt;id&gt;</c>). Default: none; the executable's appsettings.json names the official ones.</summary>
    public Dictionary<string, ListSourceOptions> Sources { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The validation gate (<c>Lists:Validation</c>).</summary>
    public ListValidationOptions Validation { get; set; } = new();

    /// <summary>The HTTP client <c>lists</c> (<c>Lists:Http</c>).</summary>
    public ListHttpOptions Http { get; set; } = new();
}

/// <summary>Settings of the validation gate, section <c>Lists:Validation</c>.</summary>
public sealed class ListValidationOptions
{
    /// <summary>
    /// Smallest share of the in-force snapshot's record count a new file must reach to replace it. Default 0.8:
    /// a file with under 80 % of the records is rejected and the previous snapshot stays in force.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinimumRecordRatio { get; set; } = 0.8;
}

/// <summary>Settings of the HTTP client <c>lists</c>, section <c>Lists:Http</c>.</summary>
public sealed class ListHttpOptions
{
    /// <summary>User-Agent sent to the publishers. Default <c>PartnerScreening/1.0 (list ingest)</c>.</summary>
    [Required]
    public string UserAgent { get; set; } = "PartnerScreening/1.0 (list ingest)";

    /// <summary>Largest accepted download in bytes; a larger file is refused. Default 200 MiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxDownloadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Time limit of one HTTP attempt. Default 2 minutes.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Time limit of one request including its retries. Default 10 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Retries after the first attempt on 5xx, 408, 429 and network errors. Default 4.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Base delay of the exponential back-off with jitter; a Retry-After header takes precedence. Default 2 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Period the circuit breaker of a host stays open after it trips. Default 1 minute.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(1);
}
