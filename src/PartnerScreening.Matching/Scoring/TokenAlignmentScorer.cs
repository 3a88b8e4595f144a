using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Scoring;

/// <summary>
/// Compares the words of two names in any order. Each query word is aligned with at most one listed word
/// (best pairs first); the score is the geometric mean of the weighted share of the query covered and the
/// weighted share of the listed name covered, with weights from each word's rarity in the index and its role.
/// A query made only of generic words and legal forms matches only a listed name made of the same words.
/// </summary>
internal static class TokenAlignmentScorer
{
    /// <summary>The kind of legal form that any company may use (Ltd., Inc., Corp., 有限公司).</summary>
    private const string AnyCompanyKind = "company";

    /// <summary>The concept of bin, ben, ibn and bint in the generic words table.</summary>
    private const string SonOfConcept = "son-of";

    public static NameMatch Score(NormalizedName query, NormalizedName listed, DocumentFrequencies frequencies, bool personNames = false)
    {
        var queryTokens = query.MatchableTokens;
        var listedTokens = listed.MatchableTokens;
        if (queryTokens.Count == 0 || listedTokens.Count == 0)
        {
            return NameMatch.None;
        }

        var genericOnly = !query.HasDistinctiveTokens;
        if (genericOnly && listed.HasDistinctiveTokens)
        {
            return NameMatch.None;
        }

        var alignment = Align(queryTokens, listedTokens, personNames);
        var numbersConflict = NumbersConflict(query, listed);
        if (genericOnly && (alignment.QueryListed.Any(l => l < 0) || alignment.ListedQuery.Any(q => q < 0)))
        {
            return NameMatch.None;
        }

        var rules = new HashSet<string>(StringComparer.Ordinal);

        // A word is left out only when the other name has nothing in its place: two different middle names are a
        // substitution.
        var listedOmittable = personNames && AllWordsMatched(queryTokens, alignment.QueryMatched)
            ? PersonNameParts.Omittable(listedTokens, alignment.ListedMatched, FirstListedPosition(queryTokens, alignment)) : null;
        var listedWeights = new double[listedTokens.Count];
        for (var l = 0; l < listedTokens.Count; l++)
        {
            listedWeights[l] = SharedWeight(listedTokens[l], frequencies, alignment.ListedMatched(l), numbersConflict);
            if (listedOmittable?[l] == true)
            {
                listedWeights[l] *= ScoreWeights.OmittedNamePart;
                rules.Add("middle-name-omitted");
            }
        }

        var queryOmittable = personNames && AllWordsMatched(listedTokens, alignment.ListedMatched)
            ? PersonNameParts.Omittable(queryTokens, alignment.QueryMatched) : null;

        double queryTotal = 0, queryCovered = 0;
        var alignments = new List<TokenAlignment>();
        for (var q = 0; q < queryTokens.Count; q++)
        {
            var l = alignment.QueryListed[q];
            var similarity = alignment.QuerySimilarity[q];
            var method = alignment.QueryMethod[q];
            var weight = l >= 0 ? Math.Min(Weight(queryTokens[q], frequencies, matched: true), listedWeights[l]) : SharedWeight(queryTokens[q], frequencies, matched: false, numbersConflict);
            if (queryOmittable?[q] == true)
            {
                weight *= ScoreWeights.OmittedNamePart;
                rules.Add("middle-name-omitted");
            }

            queryTotal += weight;
            queryCovered += weight * similarity;
            var listedText = l < 0 ? null : RunText(listedTokens, alignment.ListedQuery, l, q);
            var methodName = l < 0 ? "unmatched" : MethodName(method, queryTokens[q]);
            alignments.Add(new TokenAlignment(queryTokens[q].Text, listedText, Math.Round(similarity, 3), Math.Round(weight, 3), methodName));
            AddRule(rules, queryTokens[q], l >= 0 ? method : null);
        }

        double listedTotal = 0, listedCovered = 0;
        for (var l = 0; l < listedTokens.Count; l++)
        {
            listedTotal += listedWeights[l];
            listedCovered += listedWeights[l] * alignment.ListedSimilarity[l];
            if (!alignment.ListedMatched(l))
            {
                alignments.Add(new TokenAlignment("", listedTokens[l].Text, 0, Math.Round(listedWeights[l], 3), "listed-only"));
                AddRule(rules, listedTokens[l], null);
            }
        }

        var queryShare = queryTotal > 0 ? queryCovered / queryTotal : 0;
        var listedShare = listedTotal > 0 ? listedCovered / listedTotal : 0;
        var score = 100 * Math.Sqrt(queryShare * listedShare);
        score = ApplyPenalties(score, queryTokens, listedTokens, alignment, personNames, rules);
        if (numbersConflict)
        {
            score *= ScoreWeights.NumberConflict;
            rules.Add("numbers-differ");
        }

        // A company often changes its legal form (ZAO to AO, OOO to AO) and keeps its name, so the form counts only
        // when the names also differ in a word.
        if (LegalFormsConflict(query, listed)
            && (HasUnmatchedWord(queryTokens, alignment.QueryMatched) || HasUnmatchedWord(listedTokens, alignment.ListedMatched)))
        {
            score *= ScoreWeights.LegalFormConflict;
            rules.Add("legal-forms-differ");
        }

        return new NameMatch(score, "tokens", alignments, [.. rules]);
    }

    /// <summary>The listed position of the query's first aligned word: where the listed name starts in the query's order.</summary>
    private static int FirstListedPosition(IReadOnlyList<NameToken> queryTokens, WordAlignment alignment)
    {
        for (var q = 0; q < queryTokens.Count; q++)
        {
            if (alignment.QueryMatched(q) && queryTokens[q].Role == TokenRole.Word)
            {
                return alignment.QueryListed[q];
            }
        }

        return 0;
    }

    private static bool AllWordsMatched(IReadOnlyList<NameToken> tokens, Func<int, bool> matched) =>
        Enumerable.Range(0, tokens.Count).All(i => matched(i) || tokens[i].Role != TokenRole.Word);

    /// <summary>Aligns each query word with at most one listed word, best pairs first, then runs of words.</summary>
    private static WordAlignment Align(IReadOnlyList<NameToken> queryTokens, IReadOnlyList<NameToken> listedTokens, bool personNames)
    {
        var pairs = new List<(int Query, int Listed, double Similarity, TokenMatchMethod Method)>();
        for (var q = 0; q < queryTokens.Count; q++)
        {
            for (var l = 0; l < listedTokens.Count; l++)
            {
                var similarity = TokenSimilarity.Compare(queryTokens[q], listedTokens[l], out var method, personNames);
                if (similarity > 0)
                {
                    pairs.Add((q, l, similarity, method));
                }
            }
        }

        // Stable order: among equal similarities the earlier words pair first, which keeps repeated words in order.
        pairs.Sort((a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : (a.Query, a.Listed).CompareTo((b.Query, b.Listed)));
        var alignment = new WordAlignment(queryTokens.Count, listedTokens.Count);
        TokenRuns.AlignRuns(queryTokens, listedTokens, alignment, exactOnly: true, personNames);
        foreach (var pair in pairs)
        {
            if (!alignment.QueryMatched(pair.Query) && !alignment.ListedMatched(pair.Listed))
            {
                alignment.Pair(pair.Query, pair.Listed, pair.Similarity, pair.Method);
            }
        }

        TokenRuns.AlignRuns(queryTokens, listedTokens, alignment, exactOnly: false, personNames);
        return alignment;
    }

    /// <summary>
    /// Lowers the score when the names disagree in ways the shares do not show. Each may have a distinctive word
    /// the other lacks: Saddam Hussein al-Tikriti and Saddam Hussein al-Dulaimi are two people. A person's name
    /// parts may stand in an order other than a rotation (Salman bin Muhammad, Muhammad bin Salman). Writing the
    /// family name first or last only rotates a name, so any other order names another person. Or only initials
    /// may agree.
    /// </summary>
    private static double ApplyPenalties(double score, IReadOnlyList<NameToken> queryTokens, IReadOnlyList<NameToken> listedTokens, WordAlignment alignment, bool personNames, HashSet<string> rules)
    {
        bool queryLeft = false, listedLeft = false, anyMatched = false, onlyInitials = true;
        for (var q = 0; q < queryTokens.Count; q++)
        {
            if (!alignment.QueryMatched(q))
            {
                queryLeft |= queryTokens[q].Role == TokenRole.Word;
            }
            else if (queryTokens[q].Role != TokenRole.LegalForm)
            {
                anyMatched = true;
                onlyInitials &= alignment.QueryMethod[q] is TokenMatchMethod.Initial or TokenMatchMethod.InitialsOfWords;
            }
        }

        for (var l = 0; l < listedTokens.Count && !listedLeft; l++)
        {
            listedLeft = !alignment.ListedMatched(l) && listedTokens[l].Role == TokenRole.Word;
        }

        if (queryLeft && listedLeft)
        {
            score *= ScoreWeights.WordsDiffer;
            rules.Add("words-differ");
        }
        else if (!personNames && HasTrailingUnmatchedCountry(listedTokens, alignment.ListedMatched))
        {
            score *= ScoreWeights.CountryQualifier;
            rules.Add("country-qualifier");
        }

        if (personNames && !IsRotation(queryTokens, listedTokens, alignment))
        {
            if (MiddleNamesReordered(queryTokens, listedTokens, alignment))
            {
                score *= ScoreWeights.MiddleNamesReordered;
                rules.Add("middle-names-reordered");
            }
            else
            {
                score *= ScoreWeights.NameOrderDiffers;
                rules.Add("name-order-differs");
            }
        }

        if (anyMatched && onlyInitials)
        {
            score = Math.Min(score, ScoreWeights.InitialsOnly);
            rules.Add("initials-only");
        }

        return score;
    }

    /// <summary>
    /// True when the listed positions of the query's aligned words, read in query order, rise throughout or rise
    /// with one wrap-around (Putin Vladimir against Vladimir Putin). Two names joined by bin, ibn or bint in both
    /// names are a lineage, which reads one way only: Ahmed bin Ali and Ali bin Ahmed are son and father, while
    /// bin Salman Mohammed is Mohammed bin Salman rotated.
    /// </summary>
    private static bool IsRotation(IReadOnlyList<NameToken> queryTokens, IReadOnlyList<NameToken> listedTokens, WordAlignment alignment)
    {
        var matchedWords = Enumerable.Range(0, queryTokens.Count)
            .Where(q => alignment.QueryMatched(q) && queryTokens[q].Role == TokenRole.Word)
            .ToList();
        var positions = matchedWords.Select(q => alignment.QueryListed[q]).ToList();
        var descents = 0;
        for (var i = 1; i < positions.Count; i++)
        {
            descents += positions[i] < positions[i - 1] ? 1 : 0;
        }

        if (descents == 0)
        {
            return true;
        }

        var swappedAroundSonOf = positions.Count == 2
            && SonOfBetween(queryTokens, matchedWords[0], matchedWords[1])
            && SonOfBetween(listedTokens, positions[1], positions[0]);
        return descents == 1 && positions[^1] < positions[0] && !swappedAroundSonOf;

        static bool SonOfBetween(IReadOnlyList<NameToken> tokens, int from, int to) =>
            tokens.Skip(from + 1).Take(to - from - 1).Any(token => token.Concept == SonOfConcept);
    }

    private static bool HasUnmatchedWord(IReadOnlyList<NameToken> tokens, Func<int, bool> matched)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!matched(i) && tokens[i].Role is TokenRole.Word or TokenRole.Generic or TokenRole.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a country's name that the other name lacks follows the last word both names share (Banco Santander
    /// Chile), as a branch's name adds it. A country at the start is part of the name (China Unicom, Iran Air).
    /// </summary>
    private static bool HasTrailingUnmatchedCountry(IReadOnlyList<NameToken> tokens, Func<int, bool> matched)
    {
        var lastShared = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (matched(i) && tokens[i].Role is TokenRole.Word or TokenRole.Generic or TokenRole.Number)
            {
                lastShared = i;
            }
        }

        for (var i = lastShared + 1; i < tokens.Count; i++)
        {
            if (!matched(i) && tokens[i].IsCountry && lastShared >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a person's first and last name parts keep their places and only the given names between them
    /// change order (Reinaldo Gregorio Lenin Cerna, Reinaldo Lenin Gregorio Cerna). Names joined by bin, ibn or bint
    /// are lineages, in which every position counts.
    /// </summary>
    private static bool MiddleNamesReordered(IReadOnlyList<NameToken> queryTokens, IReadOnlyList<NameToken> listedTokens, WordAlignment alignment)
    {
        var positions = Enumerable.Range(0, queryTokens.Count)
            .Where(q => alignment.QueryMatched(q) && queryTokens[q].Role == TokenRole.Word)
            .Select(q => alignment.QueryListed[q])
            .ToList();
        return positions.Count >= 4
            && positions[0] == positions.Min() && positions[^1] == positions.Max()
            && !queryTokens.Concat(listedTokens).Any(token => token.Concept == SonOfConcept);
    }

    private static string RunText(IReadOnlyList<NameToken> listedTokens, int[] listedQuery, int first, int q)
    {
        var end = first;
        while (end + 1 < listedTokens.Count && listedQuery[end + 1] == q)
        {
            end++;
        }

        if (end == first)
        {
            return listedTokens[first].Text;
        }

        return string.Join(' ', listedTokens.Skip(first).Take(end - first + 1).Select(token => token.Text));
    }

    /// <summary>Returns true when both names carry numbers and the sets differ.</summary>
    public static bool NumbersConflict(NormalizedName query, NormalizedName listed) =>
        query.Numbers.Count > 0 && listed.Numbers.Count > 0 && !query.Numbers.ToHashSet(StringComparer.Ordinal).SetEquals(listed.Numbers);

    /// <summary>
    /// Returns true when the names' legal forms make different kinds of legal entity: Deutsche Bank AG and Deutsche
    /// Bank GmbH are two, as are a partnership (L.P.) and a company (Inc., Ltd.) of one name. A form any company
    /// uses (Ltd., Corp.) agrees with the stock and the limited-liability kinds.
    /// </summary>
    public static bool LegalFormsConflict(NormalizedName query, NormalizedName listed)
    {
        if (query.LegalFormKinds.Count == 0 || listed.LegalFormKinds.Count == 0)
        {
            return false;
        }

        var querySpecific = query.LegalFormKinds.Where(kind => kind != AnyCompanyKind).ToList();
        var listedSpecific = listed.LegalFormKinds.Where(kind => kind != AnyCompanyKind).ToList();
        if (querySpecific.Count > 0 && listedSpecific.Count > 0)
        {
            return !querySpecific.Intersect(listedSpecific, StringComparer.Ordinal).Any();
        }

        return (querySpecific.Count == 0 && query.LegalFormKinds.Count > 0 && listedSpecific.Count > 0 && listedSpecific.All(IsNoCompany))
            || (listedSpecific.Count == 0 && listed.LegalFormKinds.Count > 0 && querySpecific.Count > 0 && querySpecific.All(IsNoCompany));

        static bool IsNoCompany(string kind) => kind is "partnership" or "non-profit";
    }

    /// <summary>
    /// A word's weight in the shares. When both names carry numbers and they differ, the unmatched numbers weigh
    /// nothing there: the difference is counted once, by <see cref="ScoreWeights.NumberConflict"/>.
    /// </summary>
    private static double SharedWeight(NameToken token, DocumentFrequencies frequencies, bool matched, bool numbersConflict) =>
        numbersConflict && !matched && token.Role == TokenRole.Number ? 0 : Weight(token, frequencies, matched);

    public static double Weight(NameToken token, DocumentFrequencies frequencies, bool matched) => token.Role switch
    {
        TokenRole.Word => frequencies.Idf(IndexFields.Latin, token.Text),
        TokenRole.Number => Math.Max(ScoreWeights.MinimumNumber, frequencies.Idf(IndexFields.Latin, token.Text)),
        TokenRole.Generic => (matched ? ScoreWeights.GenericWord : ScoreWeights.UnmatchedGenericWord) * frequencies.Idf(IndexFields.Latin, token.Text),
        TokenRole.LegalForm => ScoreWeights.LegalForm,
        _ => 0,
    };

    private static string MethodName(TokenMatchMethod method, NameToken token) => method switch
    {
        TokenMatchMethod.Exact when token.Role == TokenRole.LegalForm => "legal-form",
        TokenMatchMethod.Exact => "exact",
        TokenMatchMethod.SameConcept => "same-concept",
        TokenMatchMethod.Fuzzy => "fuzzy",
        TokenMatchMethod.Prefix => "prefix",
        TokenMatchMethod.Initial => "initial",
        TokenMatchMethod.InitialsOfWords => "initials-of-words",
        TokenMatchMethod.Joined => "words-joined",
        TokenMatchMethod.GivenNameForm => "given-name-form",
        _ => "exact",
    };

    private static void AddRule(HashSet<string> rules, NameToken token, TokenMatchMethod? method)
    {
        if (token.Role == TokenRole.LegalForm)
        {
            rules.Add("legal-form-ignored");
        }
        else if (token.Role == TokenRole.Generic)
        {
            rules.Add("generic-word-low-weight");
        }

        if (method == TokenMatchMethod.Fuzzy)
        {
            rules.Add("fuzzy-token");
        }
        else if (method == TokenMatchMethod.SameConcept)
        {
            rules.Add("same-concept-across-languages");
        }
        else if (method == TokenMatchMethod.Prefix)
        {
            rules.Add("abbreviation-prefix");
        }
        else if (method == TokenMatchMethod.Initial)
        {
            rules.Add("initial");
        }
        else if (method == TokenMatchMethod.InitialsOfWords)
        {
            rules.Add("initials-of-words");
        }
        else if (method == TokenMatchMethod.Joined)
        {
            rules.Add("words-joined");
        }
        else if (method == TokenMatchMethod.GivenNameForm)
        {
            rules.Add("given-name-form");
        }
    }
}
