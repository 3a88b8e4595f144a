using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PartnerScreening.Crawling.Text;

/// <summary>
/// Reads visible text, links and robots directives from decoded HTML with AngleSharp. Text is cut into blocks at block
/// elements and line breaks, so a sentence never runs from one table cell or list item into the next.
/// </summary>
public static class HtmlTextExtractor
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "canvas", "select",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "option",
        "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "button", "label", "title",
    };

    public static PageContent Extract(string html, Uri pageUrl, string productToken)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);

        var baseUrl = ResolveBase(document, pageUrl);
        var (noFollow, noIndex) = ReadMetaRobots(document, productToken);

        var blocks = new List<string>();
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            blocks.Add(Normalize(document.Title));
        }

        if (document.Body is { } body)
        {
            var buffer = new StringBuilder();
            CollectText(body, buffer, blocks);
            Flush(buffer, blocks);
        }

        return new PageContent(
            document.DocumentElement.GetAttribute("lang")?.Trim(),
            document.Title?.Trim(),
            blocks,
            ReadLinks(document, baseUrl),
            noFollow,
            noIndex);
    }

    private static void CollectText(INode node, StringBuilder buffer, List<string> blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    buffer.Append(text.Data);
                    break;

                case IElement element when Invisible.Contains(element.LocalName) || element.HasAttribute("hidden"):
                    break;

                case IElement element when BlockElements.Contains(element.LocalName):
                    Flush(buffer, blocks);
                    CollectText(element, buffer, blocks);
                    Flush(buffer, blocks);
                    break;

                case IElement element:
                    CollectText(element, buffer, blocks);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder buffer, List<string> blocks)
    {
        var text = Normalize(buffer.ToString());
        if (text.Length > 0)
        {
            blocks.Add(text);
        }

        buffer.Clear();
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static Uri ResolveBase(IDocument document, Uri pageUrl)
    {
        var href = document.QuerySelector("base[href]")?.GetAttribute("href");
        return href is not null && Uri.TryCreate(pageUrl, href, out var baseUrl) ? baseUrl : pageUrl;
    }

    private static (bool NoFollow, bool NoIndex) ReadMetaRobots(IDocument document, string productToken)
    {
        bool noFollow = false, noIndex = false;
        foreach (var meta in document.QuerySelectorAll("meta[name][content]"))
        {
            var name = meta.GetAttribute("name")!.Trim();
            if (!name.Equals("robots", StringComparison.OrdinalIgnoreCase) && !name.Equals(productToken, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var directives = meta.GetAttribute("content")!.ToLowerInvariant();
            noFollow |= directives.Contains("nofollow", StringComparison.Ordinal) || directives.Contains("none", StringComparison.Ordinal);
            noIndex |= directives.Contains("noindex", StringComparison.Ordinal) || directives.Contains("none", StringComparison.Ordinal);
        }

        return (noFollow, noIndex);
    }

    private static List<PageLink> ReadLinks(IDocument document, Uri baseUrl)
    {
        var links = new List<PageLink>();
        foreach (var element in document.QuerySelectorAll("a[href], area[href], frame[src], iframe[src], link[rel~=alternate][href]"))
        {
            var href = element.GetAttribute("href") ?? element.GetAttribute("src");
            if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(baseUrl, href.Trim(), out var target))
            {
                continue;
            }

            var rel = element.GetAttribute("rel") ?? string.Empty;
            var noFollow = rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => r.Equals("nofollow", StringComparison.OrdinalIgnoreCase));
            links.Add(new PageLink(WithoutFragment(target), Normalize(element.TextContent), noFollow));
        }

        // <meta http-equiv="refresh" content="0; url=..."> moves the reader on like a redirect.
        foreach (var meta in document.QuerySelectorAll("meta[http-equiv]"))
        {
            if (!string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var content = meta.GetAttribute("content") ?? string.Empty;
            var index = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && Uri.TryCreate(baseUrl, content[(index + 4)..].Trim().Trim('\'', '"'), out var target))
            {
                links.Add(new PageLink(WithoutFragment(target), "meta refresh", false));
            }
        }

        return links;
    }

    private static Uri WithoutFragment(Uri uri) =>
        string.IsNullOrEmpty(uri.Fragment) ? uri : new Uri(uri.GetLeftPart(UriPartial.Query));
}
