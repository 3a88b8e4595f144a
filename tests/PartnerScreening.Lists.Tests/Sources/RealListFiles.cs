using PartnerScreening.Lists;
using PartnerScreening.Testing;

namespace PartnerScreening.Lists.Tests.Sources;

/// <summary>Loads the real list downloads kept beside the repository, in place, as the ingest code hands them to a parser.</summary>
internal static class RealListFiles
{
    public static ListFileSet Load(string folder, string fileName, params string[] companions)
    {
        var content = File.ReadAllBytes(SharedPaths.List(folder, fileName));
        var companionFiles = companions.ToDictionary(
            name => name.ToLowerInvariant(),
            name => File.ReadAllBytes(SharedPaths.List(folder, name)));
        return new ListFileSet(fileName, content) { Companions = companionFiles };
    }

    public static ListFileSet FromText(string fileName, string text) => new(fileName, System.Text.Encoding.UTF8.GetBytes(text));

    public const string HtmlErrorPage = "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head><body>Try again later</body></html>";
}
