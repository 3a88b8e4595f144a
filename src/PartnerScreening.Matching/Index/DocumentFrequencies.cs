using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace PartnerScreening.Matching.Index;

/// <summary>
/// Inverse document frequencies of index terms, so that rare words weigh more than common ones.
/// Values are cached per index version; the index never changes after it is built.
/// </summary>
internal sealed class DocumentFrequencies
{
    /// <summary>Weight every term gets when no index is at hand (comparing two names alone).</summary>
    public const double UniformIdf = 5.0;

    private readonly IndexReader? reader;
    private readonly ConcurrentDictionary<(string Field, string Term), double> cache = new();

    public DocumentFrequencies(IndexReader reader)
    {
        this.reader = reader;
        DocumentCount = Math.Max(1, reader.NumDocs);
    }

    private DocumentFrequencies()
    {
        DocumentCount = 1;
    }

    /// <summary>Frequencies without an index: every term weighs <see cref="UniformIdf"/>, so only token roles set the weights.</summary>
    public static DocumentFrequencies Uniform { get; } = new();

    public int DocumentCount { get; }

    /// <summary>Returns ln(1 + N / (df + 1)): about 1 for a term in every name, about ln N for an unseen term.</summary>
    public double Idf(string field, string term)
    {
        if (reader is null)
        {
            return UniformIdf;
        }

        return cache.GetOrAdd((field, term), key =>
        {
            var documentFrequency = reader.DocFreq(new Term(key.Field, key.Term));
            return Math.Log(1 + (DocumentCount / (documentFrequency + 1.0)));
        });
    }
}
