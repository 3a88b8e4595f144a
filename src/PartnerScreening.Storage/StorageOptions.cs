using System.ComponentModel.DataAnnotations;

namespace PartnerScreening.Storage;

/// <summary>Database settings, section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>sqlite</c> (default: a file in the data directory) or <c>postgres</c>.</summary>
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Storage:Provider must be 'sqlite' or 'postgres'.")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Connection string; for SQLite it defaults to the database file in the data directory.</summary>
    public string? ConnectionString { get; set; }
}
