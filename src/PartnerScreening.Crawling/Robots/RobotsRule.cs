using System.Text;
using System.Text.RegularExpressions;

namespace PartnerScreening.Crawling.Robots;

/// <summary>One <c>Allow</c> or <c>Disallow</c> line of a robots.txt group, with its pattern compiled for matching.</summary>
public sealed class RobotsRule
{
    private readonly Regex _matcher;

    public RobotsRule(bool allow, string pattern)
    {
        Allow = allow;
        Pattern = pattern;
        NormalizedPattern = RobotsPath.Normalize(pattern);
        _matcher = Compile(NormalizedPattern);
    }

    public bool Allow { get; }

    /// <summary>The pattern as written in robots.txt.</summary>
    public string Pattern { get; }

    /// <summary>The pattern after percent-encoding normalisation; its length in octets decides which rule is the most specific.</summary>
    public string NormalizedPattern { get; }

    /// <summary>Length of the normalised pattern in octets (RFC 9309: the most octets wins).</summary>
    public int Specificity => Encoding.UTF8.GetByteCount(NormalizedPattern);

    public bool Matches(string normalizedPath) => _matcher.IsMatch(normalizedPath);

    public override string ToString() => $"{(Allow ? "Allow" : "Disallow")}: {Pattern}";

    private static Regex Compile(string pattern)
    {
        // '*' matches any sequence of characters and a final '$' anchors the end; everything else is literal.
        var endAnchored = pattern.EndsWith('$');
        var body = endAnchored ? pattern[..^1] : pattern;
        var builder = new StringBuilder("\\A");
        foreach (var part in body.Split('*'))
        {
            if (builder.Length > 2)
            {
                builder.Append(".*");
            }

            builder.Append(Regex.Escape(part));
        }

        if (endAnchored)
        {
            builder.Append("\\z");
        }

        // NonBacktracking keeps matching linear, so a hostile pattern with many '*' cannot stall the crawler.
        return new Regex(builder.ToString(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }
}
