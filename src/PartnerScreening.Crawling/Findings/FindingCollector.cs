using PartnerScreening.Crawling.Lexicon;
using PartnerScreening.Crawling.Text;

namespace PartnerScreening.Crawling.Findings;

/// <summary>
/// Runs the lexicon over the text of each page and gathers findings, merging duplicates (same term, same quote) across
/// pages. Weak matches and suppressed matches are counted, not reported.
/// </summary>
public sealed class FindingCollector(LexiconMatcher matcher)
{
    private readonly Dictionary<string, Finding> _findings = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Matches that were weak on their own and so not reported.</summary>
    public int WeakMatches { get; private set; }

    /// <summary>Matches set aside by traps, false-positive contexts, negations or missing neighbours.</summary>
    public int SuppressedMatches { get; private set; }

    public IReadOnlyList<Finding> Findings
    {
        get
        {
            lock (_gate)
            {
                return [.. _findings.Values
                    .OrderByDescending(f => f.Strength)
                    .ThenBy(f => f.RelationType)
                    .ThenBy(f => f.Url, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Matches every sentence of <paramref name="content"/> and records the findings of the page.</summary>
    /// <remarks>TODO: weigh matches by page type (about, laboratories and partner pages above news, job ads below).</remarks>
    public void Collect(PageContent content, string url, DateTimeOffset fetchedAt, string sha256)
    {
        foreach (var block in content.Blocks)
        {
            foreach (var sentence in SentenceSplitter.Split(block))
            {
                foreach (var match in matcher.Match(sentence, content.Language))
                {
                    Record(match, sentence, url, fetchedAt, sha256, content.Language);
                }
            }
        }
    }

    /// <summary>Records a link from a partner page to a defence host as a finding quoting the anchor text and target.</summary>
    public void CollectLink(PageLink link, string url, DateTimeOffset fetchedAt, string sha256)
    {
        var host = link.Target.IdnHost.ToLowerInvariant();
        var domain = matcher.DefenceDomains.FirstOrDefault(d => host == d.Domain || host.EndsWith("." + d.Domain, StringComparison.Ordinal));
        if (domain is null)
        {
            return;
        }

        var finding = new Finding
        {
            Url = url,
            FetchedAt = fetchedAt,
            PageSha256 = sha256,
            TermId = "link-" + domain.Domain,
            Term = domain.Name,
            Quote = $"{link.AnchorText} → {link.Target}",
            Category = domain.Category,
            RelationType = domain.RelationType,
            Strength = domain.Weight,
        };
        Add(finding);
    }

    private void Record(TermMatch match, string sentence, string url, DateTimeOffset fetchedAt, string sha256, string? language)
    {
        lock (_gate)
        {
            if (match.IsSuppressed)
            {
                SuppressedMatches++;
                return;
            }

            if (match.Strength == EvidenceStrength.Weak)
            {
                WeakMatches++;
                return;
            }
        }

        Add(new Finding
        {
            Url = url,
            FetchedAt = fetchedAt,
            PageSha256 = sha256,
            TermId = match.Term.Id,
            Term = match.Term.Term,
            Quote = sentence,
            Category = match.Term.Category,
            RelationType = match.Term.RelationType,
            Strength = match.Strength,
            HasRelationWord = match.HasRelationWord,
            PageLanguage = language,
        });
    }

    private void Add(Finding finding)
    {
        lock (_gate)
        {
            if (_findings.TryGetValue(finding.Key, out var existing))
            {
                if (existing.Url != finding.Url && !existing.AlsoOn.Contains(finding.Url))
                {
                    _findings[finding.Key] = existing with { AlsoOn = [.. existing.AlsoOn, finding.Url] };
                }

                return;
            }

            _findings[finding.Key] = finding;
        }
    }
}
