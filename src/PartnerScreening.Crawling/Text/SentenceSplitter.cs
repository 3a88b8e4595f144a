using System.Text;

namespace PartnerScreening.Crawling.Text;

/// <summary>
/// Splits a text block into sentences: after 。！？ and their half-width forms in CJK text, and after '.', '!' or '?'
/// followed by white space in Latin and Cyrillic text. A decimal point or an abbreviation inside a word does not split.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Longest sentence kept whole; longer runs (tables flattened into one line) are cut at this length.</summary>
    public const int MaxSentenceLength = 400;

    public static IEnumerable<string> Split(string block)
    {
        var current = new StringBuilder();
        for (var i = 0; i < block.Length; i++)
        {
            var c = block[i];
            current.Append(c);

            var ends = c switch
            {
                '。' or '！' or '？' or '；' => true,
                '.' or '!' or '?' => i + 1 == block.Length || char.IsWhiteSpace(block[i + 1]),
                _ => false,
            };

            // NOTE: a cut at MaxSentenceLength can split a term in two, so a term in a very long run may be missed.
            if (ends || current.Length >= MaxSentenceLength)
            {
                var sentence = current.ToString().Trim();
                if (sentence.Length > 0)
                {
                    yield return sentence;
                }

                current.Clear();
            }
        }

        var rest = current.ToString().Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }
}
