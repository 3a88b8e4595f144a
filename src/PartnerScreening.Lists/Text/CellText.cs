using System.Text;

namespace PartnerScreening.Lists.Text;

/// <summary>Cleans the text of spreadsheet and PDF cells before fields are split out of it.</summary>
internal static class CellText
{
    /// <summary>
    /// Applies NFKC (full-width Latin letters and brackets become ASCII, the ideographic space becomes a space),
    /// turns CR LF into LF, and trims each line and collapses runs of spaces inside it. Empty lines are kept.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var lineStart = 0;
        var pendingSpace = false;
        foreach (var character in normalized)
        {
            if (character == '\r')
            {
                continue;
            }

            if (character == '\n')
            {
                TrimEnd(builder, lineStart);
                builder.Append('\n');
                lineStart = builder.Length;
                pendingSpace = false;
                continue;
            }

            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > lineStart;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        TrimEnd(builder, lineStart);
        return builder.ToString().Trim('\n');
    }

    /// <summary>Splits normalized text into its non-empty lines.</summary>
    public static string[] Lines(string normalized) =>
        normalized.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void TrimEnd(StringBuilder builder, int lineStart)
    {
        while (builder.Length > lineStart && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }
}
