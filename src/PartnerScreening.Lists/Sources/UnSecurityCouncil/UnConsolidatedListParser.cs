using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.UnSecurityCouncil;

/// <summary>
/// Parses the UN Security Council consolidated list XML (<c>consolidated.xml</c>, no namespace): every
/// <c>INDIVIDUAL</c> and <c>ENTITY</c> becomes one party. <see cref="ListedParty.SourceEntityId"/> is the UN
/// reference number (<c>KPe.001</c>, <c>QDi.276</c>), the stable public id; the edition is the root's
/// <c>dateGenerated</c>.
/// </summary>
public sealed class UnConsolidatedListParser : IListParser
{
    private const string Expected = "the UN Security Council consolidated list XML";

    public string Source => ListSourceIds.UnSecurityCouncil;

    public string Version => "un-xml-1";

    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        ListInput.HasExtension(fileName, ".xml")
        && (head.IsEmpty ? fileName.Contains("consolidated", StringComparison.OrdinalIgnoreCase) : ListInput.HeadContains(head, "<CONSOLIDATED_LIST"));

    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ListInput.EnsureNotEmptyOrHtml(Source, files.FileName, files.Content, Expected);

        using var stream = new MemoryStream(files.Content, writable: false);
        return SafeXml.Read(Source, files.FileName, () => ReadDocument(files.FileName, stream, cancellationToken));
    }

    private ParsedList ReadDocument(string fileName, Stream stream, CancellationToken cancellationToken)
    {
        using var reader = SafeXml.CreateReader(stream);
        reader.MoveToContent();
        if (reader.Name != "CONSOLIDATED_LIST")
        {
            throw new ListFormatException(Source, fileName, $"the root element is '{reader.Name}'; expected 'CONSOLIDATED_LIST'");
        }

        var edition = ReadEdition(reader.GetAttribute("dateGenerated"));
        var parties = new List<ListedParty>(1024);
        var warnings = new List<string>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Name is not ("INDIVIDUAL" or "ENTITY"))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            do
            {
                var element = (XElement)XNode.ReadFrom(reader);
                var party = UnEntryMapper.Map(element);
                if (party is null)
                {
                    warnings.Add($"The {element.Name} with DATAID {element.ChildText("DATAID") ?? "unknown"} has no reference number or no name and was skipped.");
                }
                else
                {
                    parties.Add(party);
                }
            }
            while (reader.NodeType == XmlNodeType.Element && reader.Name is "INDIVIDUAL" or "ENTITY");
        }

        return new ParsedList(parties, edition) { Warnings = warnings };
    }

    private static DateOnly? ReadEdition(string? dateGenerated) =>
        DateTimeOffset.TryParse(dateGenerated, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var generated)
            ? DateOnly.FromDateTime(generated.UtcDateTime)
            : null;
}
