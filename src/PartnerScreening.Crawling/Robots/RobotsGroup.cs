namespace PartnerScreening.Crawling.Robots;

/// <summary>The rules of one robots.txt group, or of several groups that apply to the same crawler combined.</summary>
public sealed class RobotsGroup
{
    public List<string> UserAgents { get; } = [];

    public List<RobotsRule> Rules { get; } = [];

    /// <summary>The group's <c>Crawl-delay</c>, when it has one.</summary>
    public TimeSpan? CrawlDelay { get; set; }

    public static RobotsGroup Combine(IEnumerable<RobotsGroup> groups)
    {
        var combined = new RobotsGroup();
        foreach (var group in groups)
        {
            combined.UserAgents.AddRange(group.UserAgents);
            combined.Rules.AddRange(group.Rules);
            if (group.CrawlDelay is { } delay && (combined.CrawlDelay is null || delay > combined.CrawlDelay))
            {
                combined.CrawlDelay = delay;
            }
        }

        return combined;
    }

    /// <summary>
    /// The rule that decides <paramref name="normalizedPath"/>: the matching rule with the longest pattern, an Allow winning a tie
    /// with a Disallow of equal length; null when no rule matches, which means allowed.
    /// </summary>
    public RobotsRule? FindDecidingRule(string normalizedPath)
    {
        RobotsRule? best = null;
        foreach (var rule in Rules)
        {
            if (!rule.Matches(normalizedPath))
            {
                continue;
            }

            if (best is null
                || rule.Specificity > best.Specificity
                || (rule.Specificity == best.Specificity && rule.Allow && !best.Allow))
            {
                best = rule;
            }
        }

        return best;
    }
}
