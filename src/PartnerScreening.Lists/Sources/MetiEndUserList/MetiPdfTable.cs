using System.Text;
using UglyToad.PdfPig.Content;

namespace PartnerScreening.Lists.Sources.MetiEndUserList;

/// <summary>
/// Rebuilds the table rows of one page of the PDF edition from its ruling lines and letters.
/// </summary>
/// <remarks>
/// Excel prints the grid as thin filled rectangles: horizontal rules separate the rows and vertical rules the
/// columns. Cell text is centred vertically, so the position of the text alone does not separate the rows;
/// each letter goes to the cell whose rules enclose its centre. Letters on one baseline form a line, and a
/// gap wider than <see cref="SpaceGapRatio"/> of the font size becomes a space.
/// </remarks>
internal static class MetiPdfTable
{
    /// <summary>Gap between two letters, as a share of the font size, from which a space is inserted.</summary>
    private const double SpaceGapRatio = 0.2;

    private const double MaxRuleThickness = 2.0;
    private const double BaselineTolerance = 1.5;

    /// <summary>
    /// Returns the cell texts of every table row of the page, top to bottom, each cell's lines joined with
    /// <c>\n</c>. The first row of each page is the repeated header. Returns an empty list when the page has no grid.
    /// </summary>
    public static List<string[]> ReadRows(Page page)
    {
        var (rows, columns) = FindRules(page);
        if (rows.Count < 2 || columns.Count < 2)
        {
            return [];
        }

        var cells = new List<Letter>[rows.Count - 1, columns.Count - 1];
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }

            var center = letter.BoundingBox.Centroid;
            var row = FindInterval(rows, center.Y, descending: true);
            var column = FindInterval(columns, center.X, descending: false);
            if (row < 0 || column < 0)
            {
                continue;
            }

            (cells[row, column] ??= []).Add(letter);
        }

        var result = new List<string[]>(rows.Count - 1);
        for (var row = 0; row < rows.Count - 1; row++)
        {
            var texts = new string[columns.Count - 1];
            for (var column = 0; column < texts.Length; column++)
            {
                texts[column] = cells[row, column] is { } letters ? ToText(letters) : string.Empty;
            }

            result.Add(texts);
        }

        return result;
    }

    /// <summary>Returns the y of the horizontal rules (top to bottom) and the x of the vertical rules (left to right).</summary>
    private static (List<double> Rows, List<double> Columns) FindRules(Page page)
    {
        var rows = new List<double>();
        var columns = new List<double>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled || path.GetBoundingRectangle() is not { } box)
            {
                continue;
            }

            if (box.Height <= MaxRuleThickness && box.Width > MaxRuleThickness * 10)
            {
                AddDistinct(rows, (box.Top + box.Bottom) / 2);
            }
            else if (box.Width <= MaxRuleThickness && box.Height > MaxRuleThickness * 10)
            {
                AddDistinct(columns, (box.Left + box.Right) / 2);
            }
        }

        rows.Sort((first, second) => second.CompareTo(first));
        columns.Sort();
        return (rows, columns);
    }

    private static void AddDistinct(List<double> positions, double position)
    {
        foreach (var existing in positions)
        {
            if (Math.Abs(existing - position) <= MaxRuleThickness)
            {
                return;
            }
        }

        positions.Add(position);
    }

    private static int FindInterval(List<double> bounds, double value, bool descending)
    {
        for (var index = 0; index < bounds.Count - 1; index++)
        {
            var inside = descending
                ? value <= bounds[index] && value > bounds[index + 1]
                : value >= bounds[index] && value < bounds[index + 1];
            if (inside)
            {
                return index;
            }
        }

        return -1;
    }

    private static string ToText(List<Letter> letters)
    {
        letters.Sort((first, second) => second.StartBaseLine.Y.CompareTo(first.StartBaseLine.Y));

        var builder = new StringBuilder(letters.Count + 16);
        var lineStart = 0;
        while (lineStart < letters.Count)
        {
            var lineEnd = lineStart + 1;
            while (lineEnd < letters.Count && letters[lineStart].StartBaseLine.Y - letters[lineEnd].StartBaseLine.Y <= BaselineTolerance)
            {
                lineEnd++;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            AppendLine(builder, letters.GetRange(lineStart, lineEnd - lineStart));
            lineStart = lineEnd;
        }

        return builder.ToString();
    }

    private static void AppendLine(StringBuilder builder, List<Letter> line)
    {
        line.Sort((first, second) => first.StartBaseLine.X.CompareTo(second.StartBaseLine.X));
        Letter? previous = null;
        foreach (var letter in line)
        {
            if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > SpaceGapRatio * Math.Max(letter.PointSize, 1))
            {
                builder.Append(' ');
            }

            builder.Append(letter.Value);
            previous = letter;
        }
    }
}
