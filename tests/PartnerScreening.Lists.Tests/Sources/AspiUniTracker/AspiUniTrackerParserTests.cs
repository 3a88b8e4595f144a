using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.AspiUniTracker;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.AspiUniTracker;

public sealed class AspiUniTrackerParserTests
{
    private static readonly Lazy<ParsedList> RealResult = new(() =>
        new AspiUniTrackerParser().Parse(RealListFiles.Load("aspi-unitracker-misp", "china-defence-universities.json"), CancellationToken.None));

    private static ListedParty Named(string primaryName) => RealResult.Value.Parties.Single(party => party.PrimaryName == primaryName);

    [Fact]
    public void Parse_RealFile_ReturnsEveryInstitution()
    {
        Assert.Equal(159, RealResult.Value.Parties.Count);
        Assert.Empty(RealResult.Value.Warnings);
        Assert.All(RealResult.Value.Parties, party => Assert.Equal("CN", Assert.Single(party.Countries).Code));
    }

    [Fact]
    public void Parse_AirForceEngineeringUniversity_KeepsChineseNamesWithScript()
    {
        var afeu = Named("Air Force Engineering University");

        Assert.Equal("8b3f1b7a-e04f-4a0d-93b3-a5341ee5b86f", afeu.SourceEntityId);
        Assert.Equal(PartyKind.Organization, afeu.Kind);
        Assert.Contains(new PartyName("中国人民解放军空军工程大学", NameType.OriginalScript, "Hani", "zh"), afeu.Aliases);
        Assert.Contains(new PartyName("空军工程大学", NameType.Alias, "Hani", "zh"), afeu.Aliases);
        Assert.Contains(new PartyName("AFEU", NameType.Alias, "Latn"), afeu.Aliases);
        Assert.Equal(["Military"], afeu.Programs);
        Assert.Equal([new PartyAddress("7 Changle E Rd, Baqiao Qu, Xian Shi, Shaanxi Sheng, China, 710015", "CN")], afeu.Addresses);
        Assert.Equal("https://unitracker.aspi.org.au/universities/air-force-engineering-university", afeu.SourceUrl);
        Assert.Contains("Supervising agencies: PLA Air Force", afeu.Remarks);
        Assert.Contains("Topics: Aeronautical and astronautical science and technology", afeu.Remarks);
    }

    [Fact]
    public void Parse_SevenSons_AreTaggedByCategory()
    {
        Assert.Equal(7, RealResult.Value.Parties.Count(party => party.Programs.Contains("Seven sons of national defence")));
    }

    [Fact]
    public void Parse_ItemWithRiskLevel_PutsRiskInPrograms()
    {
        const string json = """
            { "values": [ { "uuid": "u1", "value": "Harbin Institute of Technology (哈尔滨工业大学)",
              "meta": { "aliases": ["哈工大", "HIT"], "categories": ["Civilian", "Seven sons of national defence"], "risk": "Very high risk" } } ] }
            """;

        var party = Assert.Single(new AspiUniTrackerParser().Parse(RealListFiles.FromText("china-defence-universities.json", json), CancellationToken.None).Parties);

        Assert.Equal("Harbin Institute of Technology", party.PrimaryName);
        Assert.Equal(["Civilian", "Seven sons of national defence", "Risk: Very high risk"], party.Programs);
        Assert.Contains(new PartyName("哈尔滨工业大学", NameType.OriginalScript, "Hani", "zh"), party.Aliases);
    }

    [Theory]
    [InlineData("Air Force Engineering University (中国人民解放军空军工程大学)", "Air Force Engineering University", "中国人民解放军空军工程大学")]
    [InlineData("National University of Defense Technology (NUDT)", "National University of Defense Technology (NUDT)", null)]
    [InlineData("Tsinghua University", "Tsinghua University", null)]
    public void SplitBilingualName_Value_SplitsOnlyHanBrackets(string value, string english, string? chinese)
    {
        Assert.Equal((english, chinese), AspiUniTrackerParser.SplitBilingualName(value));
    }

    [Theory]
    [InlineData("{ \"name\": \"x\" }", "no 'values' array")]
    [InlineData("{ \"values\": [", "the JSON is invalid")]
    [InlineData(RealListFiles.HtmlErrorPage, "the file is an HTML page")]
    public void Parse_BadInput_ThrowsListFormatException(string json, string expectedMessage)
    {
        var exception = Assert.Throws<ListFormatException>(() => new AspiUniTrackerParser().Parse(RealListFiles.FromText("china-defence-universities.json", json), CancellationToken.None));

        Assert.Contains(expectedMessage, exception.Message);
    }
}
