using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists;

/// <summary>
/// Parses one file format of one list source into <see cref="ListedParty"/> records. A source may have several
/// parsers (METI publishes Excel and PDF editions); the ingest pipeline picks the one whose
/// <see cref="CanParse"/> accepts the file.
/// </summary>
public interface IListParser
{
    /// <summary>Source id from <see cref="ListSourceIds"/>.</summary>
    string Source { get; }

    /// <summary>Parser version stored with every snapshot; bump it when the mapping of fields changes.</summary>
    string Version { get; }

    /// <summary>Returns true when the file name (and, if needed, its first bytes) is in this parser's format.</summary>
    bool CanParse(string fileName, ReadOnlySpan<byte> head);

    /// <summary>
    /// Returns true when the file is in this parser's format, judged without the file-name conventions that
    /// <see cref="CanParse"/> may rely on to tell sources apart. The ingest asks this when the source is already
    /// known (named by the officer or by the download settings), so a renamed file is still read.
    /// </summary>
    bool CanParseKnownSource(string fileName, ReadOnlySpan<byte> head) => CanParse(fileName, head);

    /// <summary>Parses the files; throws <see cref="ListFormatException"/> when they are not in the expected format.</summary>
    ParsedList Parse(ListFileSet files, CancellationToken cancellationToken);
}

/// <summary>
/// The bytes of a list download. Formats that span several files (OFAC's legacy CSV set) find the other
/// files in <see cref="Companions"/>, keyed by file name in lower case.
/// </summary>
public sealed record ListFileSet(string FileName, byte[] Content)
{
    public IReadOnlyDictionary<string, byte[]> Companions { get; init; } = new Dictionary<string, byte[]>();
}

/// <summary>The result of parsing: the parties, the edition date when the file states one, and non-fatal warnings.</summary>
public sealed record ParsedList(IReadOnlyList<ListedParty> Parties, DateOnly? Edition = null)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A list file that is not in the format its source publishes; the message names the source, the file and what to do.</summary>
public sealed class ListFormatException : Exception
{
    public ListFormatException(string source, string fileName, string problem)
        : base($"{source}: the file '{fileName}' could not be read: {problem.TrimEnd('.')}. The previous snapshot stays in force; check that the file is the official download and try again.")
    {
        ListSource = source;
        FileName = fileName;
        Problem = problem;
    }

    public ListFormatException(string source, string fileName, string problem, Exception innerException)
        : base($"{source}: the file '{fileName}' could not be read: {problem.TrimEnd('.')}. The previous snapshot stays in force; check that the file is the official download and try again.", innerException)
    {
        ListSource = source;
        FileName = fileName;
        Problem = problem;
    }

    public string ListSource { get; }

    public string FileName { get; }

    public string Problem { get; }
}
