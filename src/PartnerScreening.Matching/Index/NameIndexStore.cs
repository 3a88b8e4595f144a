using Microsoft.Extensions.Logging;
using PartnerScreening.Domain;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Index;

/// <summary>
/// The index versions on disk under <see cref="DataDirectory.IndexRoot"/>: each build in its own directory, and
/// a pointer file <c>current</c> naming the version in force, replaced by an atomic rename. The previous
/// version is kept; any other directory (an older version or a partial build) is deleted.
/// </summary>
public sealed class NameIndexStore(DataDirectory dataDirectory, NameIndexBuilder builder, NameNormalizer normalizer, NameIndexHolder holder, ILogger<NameIndexStore> logger)
{
    private const string PointerFile = "current";
    private const string PreviousPointerFile = "previous";
    private readonly SemaphoreSlim buildLock = new(1, 1);

    private string Root => dataDirectory.IndexRoot;

    /// <summary>Opens the current version if there is one; returns false when no index has been built yet.</summary>
    /// <exception cref="InvalidDataException">
    /// The version is damaged, or another build of the matcher wrote it: its terms and the order of its names may
    /// differ from what this build computes, and searching it would return wrong parties. <see cref="IndexOpener"/>
    /// rebuilds it from the snapshots in force.
    /// </exception>
    public bool TryOpenCurrent()
    {
        var name = ReadPointer(PointerFile);
        if (name is null || !System.IO.Directory.Exists(Path.Combine(Root, name)))
        {
            IndexLog.NoCurrentIndex(logger, Root);
            return false;
        }

        var path = Path.Combine(Root, name);
        var version = IndexFiles.ReadVersion(path);
        if (!string.Equals(version.Matcher, NameIndexBuilder.MatcherStamp, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"Name index version '{version.Id}' was written by matcher build '{version.Matcher ?? "none"}', not by this build '{NameIndexBuilder.MatcherStamp}'.");
        }

        var index = NameIndex.Open(path, normalizer);
        holder.Swap(index);
        IndexLog.IndexOpened(logger, index.Version.Id, index.Parties.Count, index.Names.Count);
        DeleteUnreferenced();
        return true;
    }

    /// <summary>Returns true for the failures of opening an index version on disk, which a rebuild repairs.</summary>
    public static bool IsIndexFailure(Exception exception) =>
        exception is IOException or InvalidDataException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException or System.Text.Json.JsonException;

    /// <summary>
    /// Opens the version the pointer names when it is not the version in use, as after an ingest by another process
    /// (the command line while the service runs). Returns true when a newer version was opened.
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        var name = ReadPointer(PointerFile);
        var heldVersion = holder.Current is { } current ? Path.GetFileName(current.Path) : null;
        if (name is null || string.Equals(name, heldVersion, StringComparison.Ordinal))
        {
            return false;
        }

        // The build lock keeps this from racing a rebuild in this process, which also moves the pointer.
        await buildLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (string.Equals(ReadPointer(PointerFile), holder.Current is { } now ? Path.GetFileName(now.Path) : null, StringComparison.Ordinal))
            {
                return false;
            }

            IndexLog.NewerVersionFound(logger, name, heldVersion ?? "none");
            return TryOpenCurrent();
        }
        finally
        {
            buildLock.Release();
        }
    }

    /// <summary>Builds a new version from the parties, swaps it in and keeps the previous one.</summary>
    public async Task<NameIndex> RebuildAsync(IReadOnlyList<IndexedParty> parties, CancellationToken cancellationToken)
    {
        await buildLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            System.IO.Directory.CreateDirectory(Root);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var index = builder.Build(Root, parties, cancellationToken);
            var previous = ReadPointer(PointerFile);
            WritePointer(PointerFile, Path.GetFileName(index.Path));
            if (previous is not null)
            {
                WritePointer(PreviousPointerFile, previous);
            }

            holder.Swap(index);
            IndexLog.IndexBuilt(logger, index.Version.Id, index.Parties.Count, index.Names.Count, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            DeleteUnreferenced();
            return index;
        }
        finally
        {
            buildLock.Release();
        }
    }

    private string? ReadPointer(string file)
    {
        var path = Path.Combine(Root, file);
        return File.Exists(path) ? File.ReadAllText(path).Trim() is { Length: > 0 } name ? name : null : null;
    }

    private void WritePointer(string file, string versionName)
    {
        var temporary = Path.Combine(Root, file + ".tmp");
        File.WriteAllText(temporary, versionName);
        File.Move(temporary, Path.Combine(Root, file), overwrite: true);
    }

    private void DeleteUnreferenced()
    {
        var keep = new HashSet<string?>([ReadPointer(PointerFile), ReadPointer(PreviousPointerFile)], StringComparer.Ordinal);
        foreach (var directory in System.IO.Directory.EnumerateDirectories(Root))
        {
            var name = Path.GetFileName(directory);
            if (keep.Contains(name) || string.Equals(directory, holder.Current?.Path, StringComparison.Ordinal))
            {
                continue;
            }

            NameIndexBuilder.TryDelete(directory);
            IndexLog.VersionDeleted(logger, name);
        }
    }
}
