using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace PartnerScreening.Web.Pages.Shared;

/// <summary>
/// Marks the parts of a listed name that the matcher aligned with the query, with <c>&lt;mark&gt;</c>.
/// Tokens are found case- and width-insensitively; a token the matcher normalised beyond that (a traditional
/// Han form, an expanded abbreviation) is not found in the listed text and stays unmarked.
/// </summary>
public static class MatchHighlighter
{
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions Options = CompareOptions.IgnoreCase | CompareOptions.IgnoreWidth | CompareOptions.IgnoreKanaType;

    public static IHtmlContent Highlight(string text, IEnumerable<string?> tokens)
    {
        var marked = new bool[text.Length];
        foreach (var token in tokens)
        {
            if (string.IsNullOrWhiteSpace(token))
            {
                continue;
            }

            var start = 0;
            while (start < text.Length)
            {
                var relative = Compare.IndexOf(text.AsSpan(start), token.AsSpan(), Options, out var length);
                if (relative < 0 || length == 0)
                {
                    break;
                }

                var index = start + relative;
                Array.Fill(marked, true, index, length);
                start = index + length;
            }
        }

        return new HtmlString(Render(text, marked));
    }

    private static string Render(string text, bool[] marked)
    {
        var html = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var inMark = marked[i];
            var end = i;
            while (end < text.Length && marked[end] == inMark)
            {
                end++;
            }

            var part = HtmlEncoder.Default.Encode(text[i..end]);
            html.Append(inMark ? $"<mark>{part}</mark>" : part);
            i = end;
        }

        return html.ToString();
    }
}
