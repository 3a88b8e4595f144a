using System.Text;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists;

namespace PartnerScreening.Lists.Tests.Fixtures;

/// <summary>
/// A tiny parser for test files with one party a line, <c>id|name|country</c>, after a first line <c>#parties</c>.
/// A file without that first line is not in the format and raises <see cref="ListFormatException"/>.
/// </summary>
internal sealed class LineListParser(string source) : IListParser
{
    public const string Header = "#parties";

    public string Source { get; } = source;

    public string Version => "test-1";

    public bool CanParse(string fileName, ReadOnlySpan<byte> head) => fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken)
    {
        var lines = Encoding.UTF8.GetString(files.Content).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new ListFormatException(Source, files.FileName, $"the first line is not '{Header}'");
        }

        var parties = lines.Skip(1)
            .Select(line => line.Split('|'))
            .Select(fields => new ListedParty
            {
                Source = Source,
                SourceEntityId = fields[0],
                PrimaryName = fields[1],
                Countries = fields.Length > 2 ? [new PartyCountry(fields[2])] : [],
            })
            .ToList();
        return new ParsedList(parties);
    }

    /// <summary>Returns the text of a file with parties <c>p1 … pN</c>, all in Japan.</summary>
    public static string FileText(int count, Func<int, string>? name = null) =>
        Header + "\n" + string.Join("\n", Enumerable.Range(1, count).Select(i => $"p{i}|{(name ?? (n => $"Party {n}"))(i)}|JP"));
}
