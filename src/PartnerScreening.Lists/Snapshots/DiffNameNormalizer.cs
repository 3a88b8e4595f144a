using System.Globalization;
using System.Text;

namespace PartnerScreening.Lists.Snapshots;

/// <summary>
/// The light name form used to pair entries in a diff: NFKC, lower case (invariant culture), and every run of
/// white space, punctuation and symbols collapsed to one space. Not the matcher's normaliser: it only needs to
/// stay the same between two editions of one list.
/// </summary>
public static class DiffNameNormalizer
{
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var folded = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        var pendingSeparator = false;
        foreach (var character in folded)
        {
            if (IsSeparator(character))
            {
                pendingSeparator = builder.Length > 0;
                continue;
            }

            if (pendingSeparator)
            {
                builder.Append(' ');
                pendingSeparator = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    private static bool IsSeparator(char character) =>
        char.IsWhiteSpace(character)
        || char.IsPunctuation(character)
        || char.GetUnicodeCategory(character) is UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol
            or UnicodeCategory.ModifierSymbol or UnicodeCategory.Control or UnicodeCategory.Format;
}
