using System.Globalization;

namespace PartnerScreening.Crawling.Robots;

/// <summary>
/// A parsed robots.txt file (RFC 9309): groups of rules by product token, plus the <c>Crawl-delay</c> and
/// <c>Sitemap</c> records that RFC 9309 leaves to the crawler.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<RobotsGroup> _groups;

    private RobotsTxt(List<RobotsGroup> groups, IReadOnlyList<string> sitemaps)
    {
        _groups = groups;
        Sitemaps = sitemaps;
    }

    /// <summary>Sitemap URLs; they apply whatever the user agent.</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    public IReadOnlyList<RobotsGroup> Groups => _groups;

    /// <summary>Parses robots.txt text. Lines that are not records are skipped, so a malformed file never fails the crawl.</summary>
    public static RobotsTxt Parse(string content)
    {
        var groups = new List<RobotsGroup>();
        var sitemaps = new List<string>();
        RobotsGroup? current = null;
        var lastWasUserAgent = false;

        foreach (var rawLine in content.Split('\n'))
        {
            var line = StripComment(rawLine).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();

            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasUserAgent)
                    {
                        current = new RobotsGroup();
                        groups.Add(current);
                    }

                    current.UserAgents.Add(value);
                    lastWasUserAgent = true;
                    continue;

                case "allow" or "disallow":
                    // An empty Disallow allows everything, the same as no rule; rules before any group are ignored.
                    if (current is not null && value.Length > 0)
                    {
                        current.Rules.Add(new RobotsRule(key == "allow", value));
                    }

                    break;

                case "crawl-delay":
                    if (current is not null
                        && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                        && seconds >= 0 && seconds < 86_400)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    }

                    break;

                case "sitemap":
                    if (value.Length > 0)
                    {
                        sitemaps.Add(value);
                    }

                    break;
            }

            lastWasUserAgent = false;
        }

        return new RobotsTxt(groups, sitemaps);
    }

    /// <summary>
    /// The rules for <paramref name="productToken"/>: every group naming it (case-insensitive) combined,
    /// else every <c>*</c> group combined, else no rules at all.
    /// </summary>
    public RobotsGroup SelectGroup(string productToken)
    {
        var matching = _groups.Where(g => g.UserAgents.Any(ua => ProductTokenOf(ua).Equals(productToken, StringComparison.OrdinalIgnoreCase))).ToList();
        if (matching.Count == 0)
        {
            matching = _groups.Where(g => g.UserAgents.Any(ua => ua.Trim() == "*")).ToList();
        }

        return RobotsGroup.Combine(matching);
    }

    private static string ProductTokenOf(string userAgentValue)
    {
        var end = 0;
        while (end < userAgentValue.Length && (char.IsAsciiLetter(userAgentValue[end]) || userAgentValue[end] is '_' or '-'))
        {
            end++;
        }

        return userAgentValue[..end];
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }
}
