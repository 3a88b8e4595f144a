using PartnerScreening.Crawling.Findings;
using PartnerScreening.Crawling.Scope;

namespace PartnerScreening.Crawling.Crawl;

/// <summary>The mutable state of one partner crawl, shared by its workers; every list is guarded by one lock.</summary>
public sealed class CrawlState
{
    private const int MaxOffsiteLinks = 1000;

    private readonly object _gate = new();
    private readonly List<CrawledPage> _pages = [];
    private readonly List<SkippedUrl> _skipped = [];
    private readonly List<OffsiteLink> _offsite = [];
    private readonly HashSet<string> _offsiteTargets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _origins = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _beyondDepth = new(StringComparer.Ordinal);
    private int _noFollow;

    internal CrawlState(CrawlScope scope, Frontier frontier, FindingCollector findings)
    {
        Scope = scope;
        Frontier = frontier;
        Findings = findings;
    }

    public CrawlScope Scope { get; }

    public FindingCollector Findings { get; }

    internal Frontier Frontier { get; }

    public IReadOnlyList<CrawledPage> Pages
    {
        get
        {
            lock (_gate)
            {
                return [.. _pages.OrderBy(p => p.Depth).ThenBy(p => p.Url, StringComparer.Ordinal)];
            }
        }
    }

    public IReadOnlyList<SkippedUrl> Skipped
    {
        get
        {
            lock (_gate)
            {
                return [.. _skipped];
            }
        }
    }

    public IReadOnlyList<OffsiteLink> OffsiteLinks
    {
        get
        {
            lock (_gate)
            {
                return [.. _offsite];
            }
        }
    }

    public int NoFollow => Volatile.Read(ref _noFollow);

    /// <summary>Pages recorded so far, for progress while the crawl runs.</summary>
    public int PageCount
    {
        get
        {
            lock (_gate)
            {
                return _pages.Count;
            }
        }
    }

    /// <summary>Distinct in-scope URLs found one level deeper than the depth budget allows.</summary>
    public int BeyondDepth
    {
        get
        {
            lock (_gate)
            {
                return _beyondDepth.Count;
            }
        }
    }

    public void AddPage(CrawledPage page)
    {
        lock (_gate)
        {
            _pages.Add(page);
            _origins.Add(new Uri(page.Url).GetLeftPart(UriPartial.Authority));
        }
    }

    public void AddSkipped(SkippedUrl skipped)
    {
        lock (_gate)
        {
            _skipped.Add(skipped);
            if (Uri.TryCreate(skipped.Url, UriKind.Absolute, out var url) && Scope.Contains(url))
            {
                _origins.Add(url.GetLeftPart(UriPartial.Authority));
            }
        }
    }

    /// <summary>Records a link to another site once per target, up to a cap that keeps link-heavy portals manageable.</summary>
    public void AddOffsiteLink(OffsiteLink link)
    {
        lock (_gate)
        {
            if (_offsite.Count < MaxOffsiteLinks && _offsiteTargets.Add(link.ToUrl))
            {
                _offsite.Add(link);
            }
        }
    }

    public void CountNoFollow() => Interlocked.Increment(ref _noFollow);

    public void CountBeyondDepth(Uri url)
    {
        lock (_gate)
        {
            _beyondDepth.Add(url.AbsoluteUri);
        }
    }

    /// <summary>The in-scope origins the crawl touched, for the robots.txt records of the report.</summary>
    public IReadOnlyList<Uri> Origins()
    {
        lock (_gate)
        {
            return [.. _origins.Order(StringComparer.Ordinal).Select(origin => new Uri(origin))];
        }
    }
}
