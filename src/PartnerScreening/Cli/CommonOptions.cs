using System.CommandLine;

namespace PartnerScreening.Cli;

/// <summary>Options every subcommand takes.</summary>
internal static class CommonOptions
{
    /// <summary>The data directory: SQLite database, Lucene index and raw list files. Default <c>./var</c>.</summary>
    public static Option<DirectoryInfo> DataDir { get; } = new("--data-dir")
    {
        Description = "Data directory holding the database, the name index and the raw list files (default: ./var)",
        DefaultValueFactory = _ => new DirectoryInfo("var"),
        Recursive = true,
    };
}
