using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.OfacEnhanced;

/// <summary>
/// Streams OFAC's Enhanced XML (<c>SDN_ENHANCED.XML</c>, <c>CONS_ENHANCED.XML</c>, or either zipped). The lookup
/// tables come first in the file; each <c>entity</c> is then read as a small element and mapped on its own, so
/// memory stays flat even for the SDN file.
/// </summary>
internal static class OfacEnhancedXmlReader
{
    public const string Namespace = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML";

    private const string Expected = "an OFAC Enhanced XML file (SDN_ENHANCED.XML, CONS_ENHANCED.XML or CONS_ENHANCED.ZIP)";

    public static bool CanParse(string fileName, ReadOnlySpan<byte> head)
    {
        var name = Path.GetFileName(fileName);
        return name.Contains("ENHANCED", StringComparison.OrdinalIgnoreCase)
            && ListInput.HasExtension(name, ".xml", ".zip")
            && (head.IsEmpty || SafeZip.IsZip(head) || ListInput.HeadStartsWith(head, "<"));
    }

    public static ParsedList Parse(string source, ListFileSet files, ZipLimits zipLimits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ListInput.EnsureNotEmptyOrHtml(source, files.FileName, files.Content, Expected);

        using var stream = SafeZip.IsZip(files.Content)
            ? SafeZip.OpenEntry(source, files.FileName, files.Content, ".xml", zipLimits)
            : new MemoryStream(files.Content, writable: false);
        return SafeXml.Read(source, files.FileName, () => ReadDocument(source, files.FileName, stream, cancellationToken));
    }

    private static ParsedList ReadDocument(string source, string fileName, Stream stream, CancellationToken cancellationToken)
    {
        using var reader = SafeXml.CreateReader(stream);
        reader.MoveToContent();
        if (reader.LocalName != "sanctionsData" || reader.NamespaceURI != Namespace)
        {
            throw new ListFormatException(source, fileName, $"the root element is '{reader.Name}'; expected 'sanctionsData' in the namespace {Namespace}");
        }

        DateOnly? edition = null;
        var lookup = new OfacReferenceValues();
        var parties = new List<ListedParty>();
        var warnings = new List<string>();
        reader.ReadStartElement();
        while (reader.NodeType == XmlNodeType.Element)
        {
            switch (reader.LocalName)
            {
                case "publicationInfo":
                    edition = ReadEdition((XElement)XNode.ReadFrom(reader));
                    break;
                case "referenceValues":
                    lookup = OfacReferenceValues.Read((XElement)XNode.ReadFrom(reader));
                    break;
                case "entities":
                    ReadEntities(reader, source, lookup, parties, warnings, cancellationToken);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new ParsedList(parties, edition) { Warnings = warnings };
    }

    private static void ReadEntities(
        XmlReader reader,
        string source,
        OfacReferenceValues lookup,
        List<ListedParty> parties,
        List<string> warnings,
        CancellationToken cancellationToken)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        reader.ReadStartElement();
        while (reader.NodeType == XmlNodeType.Element)
        {
            if (reader.LocalName != "entity")
            {
                reader.Skip();
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var entity = (XElement)XNode.ReadFrom(reader);
            var party = OfacEntityMapper.Map(source, entity, lookup);
            if (party is null)
            {
                warnings.Add($"Entity {entity.AttributeText("id") ?? "without id"} has no id or no primary name and was skipped.");
                continue;
            }

            parties.Add(party);
        }

        reader.ReadEndElement();
    }

    private static DateOnly? ReadEdition(XElement publicationInfo)
    {
        var dataAsOf = publicationInfo.ChildText("dataAsOf");
        return DateTime.TryParse(dataAsOf, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DateOnly.FromDateTime(date)
            : null;
    }
}
