using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists.Sources.OfacEnhanced;

/// <summary>
/// Parses the OFAC SDN list in the Enhanced XML schema (<c>SDN_ENHANCED.XML</c>, bare or zipped) under the
/// <c>ofac-sdn</c> source, with the same mapping as <see cref="OfacConsolidatedEnhancedParser"/>. Entity ids are
/// the entity numbers of the legacy SDN CSV, so snapshots from either format pair up in a diff.
/// </summary>
public sealed class OfacSdnEnhancedParser : IListParser
{
    public string Source => ListSourceIds.OfacSdn;

    public string Version => "ofac-enhanced-1";

    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        Path.GetFileName(fileName).StartsWith("SDN_", StringComparison.OrdinalIgnoreCase) && OfacEnhancedXmlReader.CanParse(fileName, head);

    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken) =>
        OfacEnhancedXmlReader.Parse(Source, files, Parsing.ZipLimits.Default, cancellationToken);
}
