using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists.Sources.OfacEnhanced;

/// <summary>
/// Parses OFAC's Consolidated (non-SDN) list in the Enhanced XML schema: <c>CONS_ENHANCED.ZIP</c> as downloaded,
/// or the bare <c>CONS_ENHANCED.XML</c>. The same reader accepts <c>SDN_ENHANCED.XML</c>, whose schema is the same;
/// <see cref="OfacSdnEnhancedParser"/> files it under the SDN source. <see cref="ListedParty.SourceEntityId"/> is the
/// entity's <c>id</c>, the OFAC entity number; the edition is <c>publicationInfo/dataAsOf</c>.
/// </summary>
public sealed class OfacConsolidatedEnhancedParser : IListParser
{
    public string Source => ListSourceIds.OfacConsolidated;

    public string Version => "ofac-enhanced-1";

    /// <summary>Accepts Enhanced XML files other than <c>SDN_ENHANCED.*</c>, which <see cref="OfacSdnEnhancedParser"/> takes.</summary>
    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        !Path.GetFileName(fileName).StartsWith("SDN_", StringComparison.OrdinalIgnoreCase) && OfacEnhancedXmlReader.CanParse(fileName, head);

    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken) =>
        OfacEnhancedXmlReader.Parse(Source, files, Parsing.ZipLimits.Default, cancellationToken);
}
