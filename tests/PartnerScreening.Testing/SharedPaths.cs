namespace PartnerScreening.Testing;

/// <summary>
/// Locates the read-only <c>shared/</c> folder that sits beside the repository (real list files, labelled cases,
/// reference data). Tests read it in place; nothing from it is copied into the repository.
/// The environment variable <c>PARTNERSCREENING_SHARED</c> overrides the location.
/// </summary>
public static class SharedPaths
{
    private static readonly Lazy<string> RepositoryRootPath = new(FindRepositoryRoot);

    public static string RepositoryRoot => RepositoryRootPath.Value;

    public static string Root
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("PARTNERSCREENING_SHARED");
            var path = string.IsNullOrEmpty(fromEnvironment)
                ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"))
                : fromEnvironment;
            if (!Directory.Exists(path))
            {
                throw new DirectoryNotFoundException($"The shared data folder was not found at '{path}'. Put it beside the repository or set PARTNERSCREENING_SHARED.");
            }

            return path;
        }
    }

    /// <summary>Path of a file under <c>shared/lists</c>, e.g. <c>List("meti-eul", "20250929_4.xlsx")</c>.</summary>
    public static string List(string folder, string fileName) => Path.Combine(Root, "lists", folder, fileName);

    public static string Eval(string fileName) => Path.Combine(Root, "eval", fileName);

    public static string PeerDataset(string fileName) => Path.Combine(Root, "peer-datasets", fileName);

    public static string Reference(params string[] parts) => Path.Combine([Root, "reference", .. parts]);

    /// <summary>Path of a file under the repository's own <c>data/</c> folder.</summary>
    public static string Data(params string[] parts) => Path.Combine([RepositoryRoot, "data", .. parts]);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartnerScreening.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new DirectoryNotFoundException($"No PartnerScreening.sln above '{AppContext.BaseDirectory}'.");
    }
}
