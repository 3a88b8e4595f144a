using System.Xml;
using System.Xml.Linq;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.UkSanctionsList;

/// <summary>
/// Parses the FCDO UK Sanctions List XML (<c>UK-Sanctions-List.xml</c>, no namespace): each <c>Designation</c>
/// becomes one party. The edition is <c>DateGenerated</c> (dd/mm/yyyy) or the root's <c>dateGenerated</c>.
/// </summary>
/// <remarks>
/// <see cref="ListedParty.SourceEntityId"/> is <c>UniqueID</c> (<c>RUS0001</c>, <c>AFG0011</c>), the FCDO's id
/// of the designation, which stays the same across editions. The OFSI group id and the UN reference number are
/// kept as identifiers.
/// </remarks>
public sealed class UkSanctionsListParser : IListParser
{
    private const string Expected = "the UK Sanctions List XML";

    public string Source => ListSourceIds.UkSanctionsList;

    public string Version => "uk-xml-1";

    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        ListInput.HasExtension(fileName, ".xml")
        && (head.IsEmpty ? fileName.Contains("UK-Sanctions-List", StringComparison.OrdinalIgnoreCase) : ListInput.HeadContains(head, "<Designations"));

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
        if (reader.LocalName != "Designations")
        {
            throw new ListFormatException(Source, fileName, $"the root element is '{reader.Name}'; expected 'Designations'");
        }

        var edition = UkDates.ParseEdition(reader.GetAttribute("dateGenerated"));
        var parties = new List<ListedParty>();
        var warnings = new List<string>();
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            if (reader.LocalName == "DateGenerated")
            {
                edition = UkDates.ParseEdition(reader.ReadElementContentAsString()) ?? edition;
                continue;
            }

            if (reader.LocalName != "Designation")
            {
                reader.Read();
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var designation = (XElement)XNode.ReadFrom(reader);
            var party = UkDesignationMapper.Map(designation);
            if (party is null)
            {
                warnings.Add($"A Designation without UniqueID or name ({designation.ChildText("UniqueID") ?? "no id"}) was skipped.");
                continue;
            }

            parties.Add(party);
        }

        return new ParsedList(parties, edition) { Warnings = warnings };
    }
}
