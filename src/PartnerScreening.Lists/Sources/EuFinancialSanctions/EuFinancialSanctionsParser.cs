using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.EuFinancialSanctions;

/// <summary>
/// Parses the EU consolidated financial sanctions list, XML v1.1 (namespace
/// <c>http://eu.europa.ec/fpi/fsd/export</c>, every value in attributes). Each <c>sanctionEntity</c> becomes one
/// party; the edition is the root's <c>generationDate</c>.
/// </summary>
/// <remarks>
/// <see cref="ListedParty.SourceEntityId"/> is the entity's <c>logicalId</c>, the id the EU's Financial Sanctions
/// Database gives the entry and keeps across exports. The public EU reference number (<c>EU.27.28</c>) and the UN
/// reference number are kept as identifiers, because not every entry has them.
/// </remarks>
public sealed class EuFinancialSanctionsParser : IListParser
{
    public const string Namespace = "http://eu.europa.ec/fpi/fsd/export";

    private const string Expected = "the EU financial sanctions XML (v1.1)";

    public string Source => ListSourceIds.EuFinancialSanctions;

    public string Version => "eu-fsf-xml-1.1-1";

    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        ListInput.HasExtension(fileName, ".xml")
        && (head.IsEmpty ? fileName.Contains("FullSanctionsList", StringComparison.OrdinalIgnoreCase) : ListInput.HeadContains(head, Namespace));

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
        if (reader.LocalName != "export" || reader.NamespaceURI != Namespace)
        {
            throw new ListFormatException(Source, fileName, $"the root element is '{reader.Name}'; expected 'export' in the namespace {Namespace}");
        }

        var edition = ReadEdition(reader.GetAttribute("generationDate"));
        var parties = new List<ListedParty>();
        var warnings = new List<string>();
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sanctionEntity")
            {
                reader.Read();
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var entity = (XElement)XNode.ReadFrom(reader);
            var party = EuEntityMapper.Map(entity);
            if (party is null)
            {
                warnings.Add($"The sanctionEntity {entity.AttributeText("euReferenceNumber") ?? "without reference"} has no logicalId or no name and was skipped.");
                continue;
            }

            parties.Add(party);
        }

        return new ParsedList(parties, edition) { Warnings = warnings };
    }

    private static DateOnly? ReadEdition(string? generationDate) =>
        DateTimeOffset.TryParse(generationDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var generated)
            ? DateOnly.FromDateTime(generated.UtcDateTime)
            : null;
}
