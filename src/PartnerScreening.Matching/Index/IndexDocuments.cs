using Lucene.Net.Documents;
using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Index;

/// <summary>Builds the Lucene document of one listed name and the terms a query searches with.</summary>
internal static class IndexDocuments
{
    public static Document Create(int ordinal, IndexedParty party, NormalizedName name)
    {
        var document = new Document
        {
            new StoredField(IndexFields.Ordinal, ordinal),
            new StringField(IndexFields.Source, party.Party.Source, Field.Store.NO),
            new StringField(IndexFields.Kind, party.Party.Kind.ToString(), Field.Store.NO),
        };

        AddTerms(document, IndexFields.Latin, LatinTerms(name));
        AddTerms(document, IndexFields.Cjk, CjkTerms(name.Cjk, includeUnigrams: true));
        AddTerms(document, IndexFields.Romanised, SyllableTerms(name.Syllables));
        AddTerms(document, IndexFields.Acronym, AcronymTerms(name));
        foreach (var token in name.Tokens.Where(token => token.Role == TokenRole.Word && token.Text.Length >= MinimumFuzzyLength))
        {
            AddTerms(document, IndexFields.Deletions, DeletionTerms(token.Text));
        }
        foreach (var code in party.CountryCodes)
        {
            document.Add(new StringField(IndexFields.Country, code, Field.Store.NO));
        }

        return document;
    }

    /// <summary>Shortest word that may differ from another by an edit: the scorer allows none up to 3 letters.</summary>
    public const int MinimumFuzzyLength = 4;

    /// <summary>The word and each of its spellings with one letter deleted (putin → putin, utin, ptin, puin, putn, puti).</summary>
    public static IEnumerable<string> DeletionTerms(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }

    /// <summary>Words that identify a name: distinctive and generic words and numbers, without legal forms and stop words.</summary>
    public static IEnumerable<string> LatinTerms(NormalizedName name) =>
        name.Tokens.Where(token => token.Role is TokenRole.Word or TokenRole.Generic or TokenRole.Number).Select(token => token.Text);

    public static IEnumerable<string> CjkTerms(string cjk, bool includeUnigrams)
    {
        for (var i = 0; i < cjk.Length; i++)
        {
            if (includeUnigrams || cjk.Length == 1)
            {
                yield return cjk[i].ToString();
            }

            if (i + 1 < cjk.Length)
            {
                yield return cjk.Substring(i, 2);
            }
        }
    }

    /// <summary>Syllables and their joins of two and three, so that "qinghua" or "haerbin" typed in Latin find 清华 or 哈尔滨.</summary>
    public static IEnumerable<string> SyllableTerms(IReadOnlyList<string> syllables)
    {
        for (var i = 0; i < syllables.Count; i++)
        {
            yield return syllables[i];
            if (i + 1 < syllables.Count)
            {
                yield return syllables[i] + syllables[i + 1];
            }

            if (i + 2 < syllables.Count)
            {
                yield return syllables[i] + syllables[i + 1] + syllables[i + 2];
            }
        }
    }

    /// <summary>Acronyms of the name, and the name itself when it is one short word such as UVZ.</summary>
    public static IEnumerable<string> AcronymTerms(NormalizedName name)
    {
        foreach (var acronym in name.Acronyms)
        {
            yield return acronym;
        }

        var words = name.Tokens.Where(token => token.Role is TokenRole.Word or TokenRole.Generic).ToList();
        if (words.Count == 1 && words[0].Text.Length is >= 2 and <= 10)
        {
            yield return words[0].Text;
        }
    }

    private static void AddTerms(Document document, string field, IEnumerable<string> terms)
    {
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(field, term, Field.Store.NO));
        }
    }
}
