using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Index;

/// <summary>
/// One built version of the name index, open for searching: the Lucene index behind a
/// <see cref="SearcherManager"/>, and the parties and normalised names its documents point to.
/// </summary>
public sealed partial class NameIndex : IDisposable
{
    private readonly Lucene.Net.Store.Directory directory;
    private readonly SearcherManager searchers;
    private readonly int[] documentToName;
    private readonly DocumentFrequencies frequencies;
    private readonly int[] firstNameOfParty;

    private NameIndex(
        string path,
        IndexVersion version,
        IReadOnlyList<IndexedParty> parties,
        IReadOnlyList<IndexedName> names,
        Lucene.Net.Store.Directory directory)
    {
        Path = path;
        Version = version;
        Parties = parties;
        Names = names;
        this.directory = directory;
        searchers = new SearcherManager(directory, null);
        firstNameOfParty = IndexFirstNames(parties.Count, names);

        var searcher = searchers.Acquire();
        try
        {
            documentToName = MapDocumentsToNames(searcher.IndexReader);
            frequencies = new DocumentFrequencies(searcher.IndexReader);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Directory of this index version.</summary>
    public string Path { get; }

    public IndexVersion Version { get; }

    public IReadOnlyList<IndexedParty> Parties { get; }

    public IReadOnlyList<IndexedName> Names { get; }

    internal DocumentFrequencies Frequencies => frequencies;

    /// <summary>Returns the names of a party; the names of one party have consecutive ordinals.</summary>
    public IEnumerable<IndexedName> NamesOf(int partyOrdinal)
    {
        for (var i = firstNameOfParty[partyOrdinal]; i < firstNameOfParty[partyOrdinal + 1]; i++)
        {
            yield return Names[i];
        }
    }

    /// <summary>Opens a built index version, normalising its names again from the stored parties.</summary>
    public static NameIndex Open(string path, NameNormalizer normalizer)
    {
        var version = IndexFiles.ReadVersion(path);
        var parties = IndexFiles.ReadParties(path, version);
        var names = NormalizeNames(parties, normalizer);
        return new NameIndex(path, version, parties, names, FSDirectory.Open(path));
    }

    internal static NameIndex OpenBuilt(string path, IndexVersion version, IReadOnlyList<IndexedParty> parties, IReadOnlyList<IndexedName> names) =>
        new(path, version, parties, names, FSDirectory.Open(path));

    /// <summary>Normalises every name of every party, in the order the builder gives them ordinals.</summary>
    internal static IReadOnlyList<IndexedName> NormalizeNames(IReadOnlyList<IndexedParty> parties, NameNormalizer normalizer)
    {
        var perParty = new IndexedName[parties.Count][];
        Parallel.For(0, parties.Count, partyOrdinal =>
        {
            perParty[partyOrdinal] = [.. UsableNames(parties[partyOrdinal].Party)
                .Select(name => new IndexedName(partyOrdinal, name.Value, name.Type, normalizer.Normalize(name.Value)))];
        });
        return [.. perParty.SelectMany(names => names)];
    }

    /// <summary>Runs a candidate query and returns the ordinals of the matching names, best Lucene score first.</summary>
    internal List<int> Search(Query query, int maxCandidates)
    {
        var searcher = searchers.Acquire();
        try
        {
            var top = searcher.Search(query, maxCandidates);
            var result = new List<int>(top.ScoreDocs.Length);
            foreach (var scoreDoc in top.ScoreDocs)
            {
                result.Add(documentToName[scoreDoc.Doc]);
            }

            return result;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        directory.Dispose();
    }

    private static IEnumerable<PartyName> UsableNames(ListedParty party) =>
        party.AllNames()
            .Where(name => !string.IsNullOrWhiteSpace(name.Value))
            .SelectMany(name => NameVariants.Of(name.Value).Select(variant => variant.IsPart
                ? name with { Value = variant.Value, Type = NameType.Alias }
                : name with { Value = variant.Value }))
            .DistinctBy(name => name.Value.Trim(), StringComparer.Ordinal);

    private static int[] IndexFirstNames(int partyCount, IReadOnlyList<IndexedName> names)
    {
        var first = new int[partyCount + 1];
        Array.Fill(first, -1);
        for (var i = names.Count - 1; i >= 0; i--)
        {
            first[names[i].PartyOrdinal] = i;
        }

        first[partyCount] = names.Count;
        for (var party = partyCount - 1; party >= 0; party--)
        {
            if (first[party] < 0)
            {
                first[party] = first[party + 1];
            }
        }

        return first;
    }

    private static int[] MapDocumentsToNames(IndexReader reader)
    {
        var map = new int[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            map[doc] = reader.Document(doc).GetField(IndexFields.Ordinal).GetInt32Value() ?? -1;
        }

        return map;
    }
}
