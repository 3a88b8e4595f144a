using PartnerScreening.Lists.Download;

namespace PartnerScreening.Lists.Ingestion;

/// <summary>
/// Reads a list file an officer saved, with its companion files when the source's format spans several files:
/// the path may name any file of the set, and the others are taken from the same folder.
/// </summary>
internal static class ListFileSetLoader
{
    /// <summary>Returns the sources whose configured download set contains a file of this name.</summary>
    public static IReadOnlyList<string> SourcesWithFile(ListsOptions options, string fileName) =>
    [
        .. options.Sources
            .Where(pair => pair.Value.Downloads.Count > 1
                && pair.Value.FileNames().Contains(fileName, StringComparer.OrdinalIgnoreCase))
            .Select(pair => pair.Key),
    ];

    public static async Task<ListFileSet> LoadAsync(string path, ListSourceOptions? sourceOptions, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var setNames = sourceOptions?.FileNames() ?? [];
        if (setNames.Count < 2 || !setNames.Contains(fileName, StringComparer.OrdinalIgnoreCase))
        {
            return new ListFileSet(fileName, await File.ReadAllBytesAsync(path, cancellationToken));
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var filesInFolder = Directory.EnumerateFiles(folder)
            .GroupBy(file => Path.GetFileName(file), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);

        var primaryName = setNames[0];
        if (!filesInFolder.TryGetValue(primaryName, out var primaryPath))
        {
            throw new FileNotFoundException(
                $"'{fileName}' belongs to a set of files whose primary file '{primaryName}' is not in {folder}. Put every file of the set ({string.Join(", ", setNames)}) in one folder.",
                Path.Combine(folder, primaryName));
        }

        var companions = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in setNames.Skip(1))
        {
            if (filesInFolder.TryGetValue(name, out var companionPath))
            {
                companions[name.ToLowerInvariant()] = await File.ReadAllBytesAsync(companionPath, cancellationToken);
            }
        }

        return new ListFileSet(Path.GetFileName(primaryPath), await File.ReadAllBytesAsync(primaryPath, cancellationToken))
        {
            Companions = companions,
        };
    }
}
