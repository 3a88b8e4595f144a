using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace PartnerScreening.Crawling.Text;

/// <summary>Reads the text of a PDF page by page with PdfPig; each page's lines become blocks.</summary>
public static class PdfTextExtractor
{
    /// <exception cref="InvalidDataException">The bytes are not a readable PDF.</exception>
    public static PageContent Extract(byte[] pdf)
    {
        var blocks = new List<string>();
        try
        {
            using var document = PdfDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                var text = ContentOrderTextExtractor.GetText(page);
                blocks.AddRange(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            var title = document.Information.Title;
            return new PageContent(null, string.IsNullOrWhiteSpace(title) ? null : title, blocks, [], false, false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not InvalidDataException)
        {
            throw new InvalidDataException($"The PDF could not be read: {exception.Message}", exception);
        }
    }
}
