using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Index;

/// <summary>
/// Builds a new index version into its own directory: the Lucene documents, the parties and the version
/// file. A build that fails is deleted; the caller decides when to swap the new version in.
/// </summary>
public sealed class NameIndexBuilder(NameNormalizer normalizer, TimeProvider timeProvider)
{
    /// <summary>
    /// Identifies this build of the matcher: the module version id of the assembly, which a deterministic build
    /// changes whenever the code or its name tables change. An index written by another build may hold other
    /// terms and names, so opening refuses it and <see cref="IndexOpener"/> rebuilds it from the snapshots in force.
    /// </summary>
    public static readonly string MatcherStamp = typeof(NameIndexBuilder).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Builds an index of the given parties under <paramref name="parentDirectory"/> and opens it.</summary>
    public NameIndex Build(string parentDirectory, IReadOnlyList<IndexedParty> parties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var builtAt = timeProvider.GetUtcNow();
        var id = $"v{builtAt.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}";
        var path = Path.Combine(parentDirectory, id);
        System.IO.Directory.CreateDirectory(path);

        try
        {
            var names = NameIndex.NormalizeNames(parties, normalizer);
            cancellationToken.ThrowIfCancellationRequested();
            WriteLuceneIndex(path, parties, names, cancellationToken);

            var snapshotIds = parties.Select(party => party.SnapshotId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            IndexFiles.WriteParties(path, parties);
            var version = new IndexVersion(id, builtAt, snapshotIds, MatcherStamp, parties.Count, IndexFiles.PartiesSha256(path));
            IndexFiles.WriteVersion(path, version);
            return NameIndex.OpenBuilt(path, version, parties, names);
        }
        catch
        {
            TryDelete(path);
            throw;
        }
    }

    /// <summary>Deletes an index directory, leaving it for the next clean-up when a file is still open.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next start-up's clean-up of unreferenced versions.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    private static void WriteLuceneIndex(string path, IReadOnlyList<IndexedParty> parties, IReadOnlyList<IndexedName> names, CancellationToken cancellationToken)
    {
        using var directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        for (var ordinal = 0; ordinal < names.Count; ordinal++)
        {
            if (ordinal % 1000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var name = names[ordinal];
            writer.AddDocument(IndexDocuments.Create(ordinal, parties[name.PartyOrdinal], name.Normalized));
        }

        writer.ForceMerge(1);
        writer.Commit();
    }
}
