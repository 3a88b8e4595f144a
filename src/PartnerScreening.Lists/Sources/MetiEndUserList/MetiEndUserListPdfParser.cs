using PartnerScreening.Domain.Lists;
using UglyToad.PdfPig;

namespace PartnerScreening.Lists.Sources.MetiEndUserList;

/// <summary>
/// Parses the PDF edition of the METI End User List (e.g. <c>20250131003-1.pdf</c>, the edition of 2025-01-31):
/// the Excel table printed over many pages, with the bilingual header row on the first page.
/// </summary>
/// <remarks>
/// Rows and columns are rebuilt from the table's ruling lines (<see cref="MetiPdfTable"/>), and columns are
/// identified by the header text, so the five-column edition of 2025-01 (without the conventional-weapons column)
/// and a six-column edition both read. Entries map exactly as in the Excel edition
/// (<see cref="MetiEndUserListExcelParser"/>); <see cref="ListedParty.SourceEntityId"/> is the No. of the edition.
/// METI publishes a cover notice PDF next to the list (<c>20250929_2.pdf</c>); it has no table and is rejected
/// with <see cref="ListFormatException"/>.
/// </remarks>
public sealed class MetiEndUserListPdfParser : IListParser
{
    private static readonly byte[] PdfSignature = "%PDF"u8.ToArray();

    /// <inheritdoc />
    public string Source => ListSourceIds.MetiEndUserList;

    /// <inheritdoc />
    public string Version => "1";

    /// <summary>
    /// Returns true for a .pdf file named as METI publishes it (<c>20250131003-1.pdf</c>) or with <c>meti</c>,
    /// <c>eul</c> or <c>enduser</c> in its name. Other lists' files are left to their parsers.
    /// </summary>
    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        MetiFileNames.IsEndUserList(fileName, ".pdf")
        && (head.IsEmpty || head.StartsWith(PdfSignature));

    /// <inheritdoc />
    public bool CanParseKnownSource(string fileName, ReadOnlySpan<byte> head) =>
        fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && head.StartsWith(PdfSignature);

    /// <inheritdoc />
    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);

        var rows = ReadRows(files, cancellationToken);
        var warnings = new List<string>();
        var parties = new List<ListedParty>(rows.Count);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var party = MetiEntryMapper.Map(row, files.FileName, warnings);
            if (!numbers.Add(party.SourceEntityId))
            {
                throw new ListFormatException(Source, files.FileName, $"No. {party.SourceEntityId} appears twice (again at {row.Location})");
            }

            parties.Add(party);
        }

        return new ParsedList(parties, MetiEditionDate.FromFileName(files.FileName)) { Warnings = warnings };
    }

    private List<MetiRow> ReadRows(ListFileSet files, CancellationToken cancellationToken)
    {
        var rows = new List<MetiRow>(1024);
        MetiColumns? columns = null;
        var columnCount = 0;
        try
        {
            using var document = PdfDocument.Open(files.Content);
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var cells in MetiPdfTable.ReadRows(page))
                {
                    // The header row is printed on the first page; later pages continue the same grid.
                    if (MetiColumns.TryFind(cells) is { } header)
                    {
                        columns = header;
                        columnCount = cells.Length;
                        continue;
                    }

                    if (columns is null || IsEmpty(cells))
                    {
                        continue;
                    }

                    if (cells.Length != columnCount)
                    {
                        throw new ListFormatException(Source, files.FileName, $"page {page.Number} has a table of {cells.Length} columns, but the header row has {columnCount}");
                    }

                    rows.Add(new MetiRow(
                        $"page {page.Number}",
                        cells[columns.Number],
                        cells[columns.Country],
                        cells[columns.Name],
                        cells[columns.Aliases],
                        cells[columns.Wmd],
                        columns.ConventionalWeapons is { } conventional ? cells[conventional] : null));
                }
            }
        }
        catch (Exception exception) when (exception is not (ListFormatException or OperationCanceledException))
        {
            throw new ListFormatException(Source, files.FileName, $"it is not a readable PDF file ({exception.GetType().Name}: {exception.Message})", exception);
        }

        if (columns is null || rows.Count == 0)
        {
            throw new ListFormatException(Source, files.FileName, "no page has the End User List table with the header row 'No.' / 'Company or Organization' / 'Type of WMD'; the file may be the cover notice rather than the list");
        }

        return rows;
    }

    private static bool IsEmpty(string[] cells)
    {
        foreach (var cell in cells)
        {
            if (!string.IsNullOrWhiteSpace(cell))
            {
                return false;
            }
        }

        return true;
    }
}
