namespace PartnerScreening.Crawling.Text;

/// <summary>A link found on a page: the absolute target, its anchor text and whether it carries <c>rel="nofollow"</c>.</summary>
public sealed record PageLink(Uri Target, string AnchorText, bool NoFollow);

/// <summary>What the crawler reads from one page: language, title, text blocks, links and the page's robots directives.</summary>
public sealed record PageContent(
    string? Language,
    string? Title,
    IReadOnlyList<string> Blocks,
    IReadOnlyList<PageLink> Links,
    bool NoFollow,
    bool NoIndex);
