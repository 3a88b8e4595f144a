using Lucene.Net.Index;
using Lucene.Net.Search;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Scoring;

/// <summary>
/// Builds the Lucene query that gathers candidates for the scorer: exact words and words one edit away (through
/// their deletion terms), Han and kana bigrams (and unigrams for short queries), romanised syllables and
/// acronyms, restricted to the requested lists and kind.
/// </summary>
internal static class CandidateQueryBuilder
{

    public static Query? Build(NormalizedName name, ScreeningQuery request)
    {
        var should = new BooleanQuery();
        var words = IndexDocuments.LatinTerms(name).Distinct(StringComparer.Ordinal).ToList();
        foreach (var word in words)
        {
            var token = name.Tokens.First(candidate => candidate.Text == word);
            should.Add(Term(IndexFields.Latin, word, token.Role == TokenRole.Generic ? 0.2f : 2f), Occur.SHOULD);
            if (token.Role == TokenRole.Word && word.Length >= IndexDocuments.MinimumFuzzyLength)
            {
                should.Add(OneEditQuery(word), Occur.SHOULD);
            }

            if (word.Length >= 2)
            {
                should.Add(Term(IndexFields.Romanised, word, 1f), Occur.SHOULD);
            }
        }

        foreach (var acronym in AcronymCandidates(name))
        {
            should.Add(Term(IndexFields.Acronym, acronym, 3f), Occur.SHOULD);
        }

        foreach (var term in IndexDocuments.CjkTerms(name.Cjk, includeUnigrams: name.Cjk.Length <= 4).Distinct(StringComparer.Ordinal))
        {
            should.Add(Term(IndexFields.Cjk, term, term.Length == 2 ? 1.5f : 0.5f), Occur.SHOULD);
        }

        foreach (var term in IndexDocuments.SyllableTerms(name.Syllables).Where(term => term.Length >= 4).Distinct(StringComparer.Ordinal))
        {
            should.Add(Term(IndexFields.Latin, term, 1f), Occur.SHOULD);
        }

        // A name written only in Han or kana also looks for its romanised words among names written only in
        // Latin letters (华为 → huawei). They weigh like a Latin word, so Han bigrams that many listed names share
        // (技术) do not crowd those entries out of the candidates.
        if (!name.HasTokens)
        {
            foreach (var word in name.RomanisedTokens.Where(token => token.Role == TokenRole.Word && token.Text.Length >= 3).Select(token => token.Text).Distinct(StringComparer.Ordinal))
            {
                should.Add(Term(IndexFields.Latin, word, 2f), Occur.SHOULD);
                if (word.Length >= IndexDocuments.MinimumFuzzyLength)
                {
                    should.Add(OneEditQuery(word), Occur.SHOULD);
                }
            }
        }

        if (should.Clauses.Count == 0)
        {
            return null;
        }

        return Restrict(should, request);
    }

    /// <summary>
    /// Finds listed words one edit from the word (a letter added, deleted, changed or two swapped) through the
    /// deletion terms both sides share. One edit here, even where the scorer allows two: the other words of the name
    /// still bring the candidate in. The best of the word's terms counts, so one word weighs as one clause.
    /// </summary>
    private static DisjunctionMaxQuery OneEditQuery(string word)
    {
        var query = new DisjunctionMaxQuery(0f) { Boost = 1f };
        foreach (var term in IndexDocuments.DeletionTerms(word).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(IndexFields.Deletions, term)));
        }

        return query;
    }

    private static IEnumerable<string> AcronymCandidates(NormalizedName name)
    {
        var words = name.Tokens.Where(token => token.IsMatchable).Select(token => token.Text).ToList();
        if (words.Count is >= 1 and <= 2)
        {
            var joined = string.Concat(words);
            if (joined.Length is >= 2 and <= 12)
            {
                yield return joined;
            }
        }

        foreach (var acronym in name.Acronyms)
        {
            yield return acronym;
        }
    }

    private static Query Restrict(BooleanQuery should, ScreeningQuery request)
    {
        var restrictions = new List<Query>();
        if (request.Lists.Count > 0)
        {
            var lists = new BooleanQuery();
            foreach (var list in request.Lists)
            {
                lists.Add(new TermQuery(new Term(IndexFields.Source, list)), Occur.SHOULD);
            }

            restrictions.Add(lists);
        }

        if (request.Kind is { } kind and not PartyKind.Unknown)
        {
            var kinds = new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.Kind, kind.ToString())), Occur.SHOULD },
                { new TermQuery(new Term(IndexFields.Kind, PartyKind.Unknown.ToString())), Occur.SHOULD },
            };
            restrictions.Add(kinds);
        }

        if (restrictions.Count == 0)
        {
            return should;
        }

        var restricted = new BooleanQuery { { should, Occur.MUST } };
        foreach (var restriction in restrictions)
        {
            restriction.Boost = 0;
            restricted.Add(restriction, Occur.MUST);
        }

        return restricted;
    }

    private static TermQuery Term(string field, string text, float boost) => new(new Term(field, text)) { Boost = boost };
}
