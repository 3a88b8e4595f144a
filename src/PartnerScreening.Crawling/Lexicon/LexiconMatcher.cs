using System.Text.RegularExpressions;

namespace PartnerScreening.Crawling.Lexicon;

/// <summary>A lexicon term found in a sentence, with its final strength, or the reason it was set aside.</summary>
public sealed record TermMatch(LexiconTerm Term, int Index, int Length, EvidenceStrength Strength, bool HasRelationWord, string? SuppressedBecause)
{
    public bool IsSuppressed => SuppressedBecause is not null;
}

/// <summary>
/// Finds lexicon terms in one sentence and decides each match: dropped when a trap phrase covers it, a false-positive
/// context or a negation is in its sentence or clause, a required neighbour is missing, or the page language does not fit;
/// otherwise its strength is the term's weight, raised when a relation word shares the sentence.
/// </summary>
public sealed class LexiconMatcher
{
    // Negations usually sit right before the verb in Chinese, Korean, Russian and English; a wider window catches other clauses.
    private const int NegationWindow = 15;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private static readonly char[] ClauseBreaks = ['，', ',', '、', '；', ';', '。', '：', ':', '（', '）', '(', ')', '!', '！', '?', '？'];

    private readonly List<(LexiconTerm Term, Regex Regex)> _terms;
    private readonly LexiconDocument _document;
    private readonly string[] _relationWords;

    public LexiconMatcher(LexiconDocument document)
    {
        _document = document;
        _terms = document.Terms.Select(term => (term, Compile(term))).ToList();
        _relationWords = document.RelationWords.Values.SelectMany(words => words).Distinct().ToArray();
    }

    public string Version => _document.Version;

    public IReadOnlyList<DefenceDomain> DefenceDomains => _document.DefenceDomains;

    /// <summary>Every match in <paramref name="sentence"/>, suppressed ones included with their reason.</summary>
    public IEnumerable<TermMatch> Match(string sentence, string? pageLanguage)
    {
        var hasRelation = _relationWords.Any(word => sentence.Contains(word, StringComparison.OrdinalIgnoreCase));
        var taken = new List<(int Start, int End)>();

        // Longer terms first, so 中国人民解放军 is reported once rather than again as 解放军.
        foreach (var (term, regex) in _terms.OrderByDescending(t => t.Term.Term.Length))
        {
            foreach (Match match in regex.Matches(sentence))
            {
                var start = match.Index;
                var end = match.Index + match.Length;
                if (taken.Any(span => start >= span.Start && end <= span.End))
                {
                    continue;
                }

                taken.Add((start, end));
                var reason = SuppressionReason(term, sentence, start, end, pageLanguage);
                var strength = hasRelation ? term.WeightWithRelation ?? Raise(term.Weight) : term.Weight;
                yield return new TermMatch(term, start, match.Length, strength, hasRelation, reason);
            }
        }
    }

    private string? SuppressionReason(LexiconTerm term, string sentence, int start, int end, string? pageLanguage)
    {
        if (term.PageLanguages.Count > 0
            && (pageLanguage is null || !term.PageLanguages.Any(tag => pageLanguage.StartsWith(tag, StringComparison.OrdinalIgnoreCase))))
        {
            return $"term counts only on pages in {string.Join("/", term.PageLanguages)}, page language is {pageLanguage ?? "unknown"}";
        }

        foreach (var trap in _document.Traps)
        {
            for (var at = sentence.IndexOf(trap.Text, StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.IndexOf(trap.Text, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at <= start && end <= at + trap.Text.Length)
                {
                    return $"inside the phrase '{trap.Text}'";
                }
            }
        }

        if (term.FalsePositiveContexts.FirstOrDefault(context => sentence.Contains(context, StringComparison.OrdinalIgnoreCase)) is { } falsePositive)
        {
            return $"false-positive context '{falsePositive}' in the sentence";
        }

        if (term.RequiresNearby.Count > 0 && !term.RequiresNearby.Any(word => sentence.Contains(word, StringComparison.OrdinalIgnoreCase)))
        {
            return $"none of {string.Join(", ", term.RequiresNearby)} in the sentence";
        }

        return NegationReason(sentence, start, end);
    }

    private string? NegationReason(string sentence, int start, int end)
    {
        var clauseStart = sentence.LastIndexOfAny(ClauseBreaks, Math.Max(0, start - 1)) + 1;
        var windowStart = Math.Max(clauseStart, start - NegationWindow);
        var before = sentence[windowStart..start];

        var clauseEnd = sentence.IndexOfAny(ClauseBreaks, end);
        var after = sentence[end..(clauseEnd < 0 ? sentence.Length : clauseEnd)];

        foreach (var cues in _document.Negations.Values)
        {
            var cleanedBefore = cues.NotNegations.Aggregate(before, (text, lookAlike) => text.Replace(lookAlike, " ", StringComparison.OrdinalIgnoreCase));
            var cleanedAfter = cues.NotNegations.Aggregate(after, (text, lookAlike) => text.Replace(lookAlike, " ", StringComparison.OrdinalIgnoreCase));

            if (cues.Before.FirstOrDefault(cue => ContainsCue(cleanedBefore, cue)) is { } cueBefore)
            {
                return $"negated by '{cueBefore}'";
            }

            if (cues.After.FirstOrDefault(cue => ContainsCue(cleanedAfter, cue)) is { } cueAfter)
            {
                return $"negated by '{cueAfter}'";
            }
        }

        return null;
    }

    private static bool ContainsCue(string text, string cue)
    {
        // Latin and Cyrillic cues must be whole words ("no" is not in "know"); CJK cues have no word boundaries.
        if (!cue.Any(char.IsAsciiLetter) && !cue.Any(c => c is >= '\u0400' and <= '\u04FF'))
        {
            return text.Contains(cue, StringComparison.Ordinal);
        }

        return Regex.IsMatch(text, $"(?<![\\p{{L}}\\p{{Nd}}]){Regex.Escape(cue)}(?![\\p{{L}}\\p{{Nd}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static EvidenceStrength Raise(EvidenceStrength weight) => weight switch
    {
        EvidenceStrength.Weak => EvidenceStrength.Medium,
        EvidenceStrength.Medium => EvidenceStrength.Strong,
        EvidenceStrength.Strong => EvidenceStrength.Strong,
    };

    private static Regex Compile(LexiconTerm term)
    {
        // Lookarounds rule out the non-backtracking engine, so a timeout bounds officer-written patterns instead.
        const RegexOptions options = RegexOptions.CultureInvariant;
        if (term.Pattern is { } pattern)
        {
            return new Regex(pattern, options | RegexOptions.IgnoreCase, MatchTimeout);
        }

        var escaped = Regex.Escape(term.Term);
        var alphabetic = term.Term.Any(c => char.IsAsciiLetter(c) || c is >= '\u0400' and <= '\u04FF');
        if (!alphabetic)
        {
            return new Regex(escaped, options, MatchTimeout);
        }

        // Acronyms (PLA, CMC, ROTC) match case-sensitively so ordinary words do not; whole words only in alphabetic scripts.
        var acronym = term.Term.All(c => !char.IsLetter(c) || char.IsUpper(c));
        return new Regex($"(?<![\\p{{L}}\\p{{Nd}}]){escaped}(?![\\p{{L}}\\p{{Nd}}])", acronym ? options : options | RegexOptions.IgnoreCase, MatchTimeout);
    }
}
