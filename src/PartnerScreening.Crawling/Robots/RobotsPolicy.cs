namespace PartnerScreening.Crawling.Robots;

/// <summary>How the robots.txt fetch ended, which decides what a missing file means (RFC 9309 section 2.3.1).</summary>
public enum RobotsAvailability
{
    /// <summary>robots.txt was read; its rules apply.</summary>
    Parsed,

    /// <summary>HTTP 4xx or too many redirects: the file is unavailable and everything may be crawled.</summary>
    Unavailable,

    /// <summary>HTTP 5xx, 429 or a network error: the file is unreachable and everything is disallowed.</summary>
    Unreachable,
}

/// <summary>The robots.txt answer for one origin (scheme, host and port) as fetched at <see cref="FetchedAt"/>.</summary>
public sealed record RobotsPolicy(
    string Origin,
    RobotsAvailability Availability,
    int? StatusCode,
    DateTimeOffset FetchedAt,
    RobotsGroup Group,
    IReadOnlyList<string> Sitemaps,
    string Detail)
{
    /// <summary>Decides whether <paramref name="uri"/> may be fetched and says why.</summary>
    public RobotsDecision Evaluate(Uri uri)
    {
        var path = RobotsPath.FromUri(uri);
        if (path == "/robots.txt")
        {
            return new RobotsDecision(true, "robots.txt itself is always allowed");
        }

        switch (Availability)
        {
            case RobotsAvailability.Unavailable:
                return new RobotsDecision(true, $"robots.txt unavailable ({Detail}): everything allowed");
            case RobotsAvailability.Unreachable:
                return new RobotsDecision(false, $"robots.txt unreachable ({Detail}): everything disallowed");
            case RobotsAvailability.Parsed:
                break;
        }

        var rule = Group.FindDecidingRule(path);
        return rule is null
            ? new RobotsDecision(true, "no robots.txt rule matches")
            : new RobotsDecision(rule.Allow, rule.ToString());
    }
}

/// <summary>Whether robots.txt allows a URL, with the rule or condition that decided it.</summary>
public sealed record RobotsDecision(bool Allowed, string Reason);
