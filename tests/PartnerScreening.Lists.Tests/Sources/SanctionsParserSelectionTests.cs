using PartnerScreening.Lists.Sources.AspiUniTracker;
using PartnerScreening.Lists.Sources.EuFinancialSanctions;
using PartnerScreening.Lists.Sources.OfacEnhanced;
using PartnerScreening.Lists.Sources.OfacSdn;
using PartnerScreening.Lists.Sources.UkSanctionsList;
using PartnerScreening.Lists.Sources.UnSecurityCouncil;
using PartnerScreening.Lists.Sources.UsConsolidatedScreeningList;
using PartnerScreening.Lists.Sources.UsDod1260H;
using PartnerScreening.Testing;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources;

/// <summary>
/// Callers that hold a file but no source pick the parser by <c>CanParse</c>, so each real file must be accepted
/// by its own parser and by no other sanctions or reference parser.
/// </summary>
public sealed class SanctionsParserSelectionTests
{
    private static readonly IListParser[] Parsers =
    [
        new CslCsvParser(), new CslJsonParser(), new SdnCsvParser(), new OfacConsolidatedEnhancedParser(), new OfacSdnEnhancedParser(),
        new UnConsolidatedListParser(), new EuFinancialSanctionsParser(), new UkSanctionsListParser(), new Dod1260HParser(), new AspiUniTrackerParser(),
    ];

    [Theory]
    [InlineData("us-csl", "consolidated.csv", nameof(CslCsvParser))]
    [InlineData("ofac-sdn", "sdn.csv", nameof(SdnCsvParser))]
    [InlineData("ofac-sdn", "add.csv", null)]
    [InlineData("ofac-sdn", "alt.csv", null)]
    [InlineData("ofac-sdn", "CONS_ENHANCED.ZIP", nameof(OfacConsolidatedEnhancedParser))]
    [InlineData("un-consolidated", "consolidated.xml", nameof(UnConsolidatedListParser))]
    [InlineData("us-dod-1260h", "sanctions.csv", nameof(Dod1260HParser))]
    [InlineData("aspi-unitracker-misp", "china-defence-universities.json", nameof(AspiUniTrackerParser))]
    [InlineData("us-bis-dpl", "dpl.txt", null)]
    [InlineData("meti-eul", "20250929_4.xlsx", null)]
    public void CanParse_RealFile_OnlyItsOwnParser(string folder, string fileName, string? expectedParser)
    {
        var path = SharedPaths.List(folder, fileName);
        var head = File.ReadAllBytes(path).AsSpan(0, 4096).ToArray();

        var accepting = Parsers.Where(parser => parser.CanParse(fileName, head)).Select(parser => parser.GetType().Name).ToArray();

        Assert.Equal(expectedParser is null ? [] : [expectedParser], accepting);
    }

    [Theory]
    [InlineData("SDN_ENHANCED.XML", nameof(OfacSdnEnhancedParser))]
    [InlineData("SDN_ENHANCED.ZIP", nameof(OfacSdnEnhancedParser))]
    [InlineData("CONS_ENHANCED.XML", nameof(OfacConsolidatedEnhancedParser))]
    [InlineData("consolidated.json", nameof(CslJsonParser))]
    [InlineData("china-defence-universities.json", nameof(AspiUniTrackerParser))]
    [InlineData("consolidated.xml", nameof(UnConsolidatedListParser))]
    [InlineData("xmlFullSanctionsList_1_1.xml", nameof(EuFinancialSanctionsParser))]
    [InlineData("UK-Sanctions-List.xml", nameof(UkSanctionsListParser))]
    public void CanParse_FileNameWithoutHead_PicksByName(string fileName, string expectedParser)
    {
        var accepting = Parsers.Where(parser => parser.CanParse(fileName, [])).Select(parser => parser.GetType().Name).ToArray();

        Assert.Equal([expectedParser], accepting);
    }
}
