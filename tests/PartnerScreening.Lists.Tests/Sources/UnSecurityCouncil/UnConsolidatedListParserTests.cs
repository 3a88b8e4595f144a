using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.UnSecurityCouncil;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.UnSecurityCouncil;

/// <summary>Parses the real UN consolidated list of 2026-02-27 once and checks entries field by field.</summary>
public sealed class UnConsolidatedFixture
{
    public UnConsolidatedFixture()
    {
        Result = new UnConsolidatedListParser().Parse(RealListFiles.Load("un-consolidated", "consolidated.xml"), CancellationToken.None);
    }

    public ParsedList Result { get; }

    public ListedParty Single(string referenceNumber) => Result.Parties.Single(party => party.SourceEntityId == referenceNumber);
}

public sealed class UnConsolidatedListParserTests(UnConsolidatedFixture fixture) : IClassFixture<UnConsolidatedFixture>
{
    [Fact]
    public void Parse_RealFile_ReturnsIndividualsAndEntities()
    {
        Assert.Equal(1_003, fixture.Result.Parties.Count);
        Assert.Equal(730, fixture.Result.Parties.Count(party => party.Kind == PartyKind.Person));
        Assert.Equal(273, fixture.Result.Parties.Count(party => party.Kind == PartyKind.Organization));
        Assert.Equal(new DateOnly(2026, 2, 27), fixture.Result.Edition);
        Assert.Empty(fixture.Result.Warnings);
    }

    [Fact]
    public void Parse_RealFile_GivesUniqueReferenceNumbers()
    {
        Assert.Equal(1_003, fixture.Result.Parties.Select(party => party.SourceEntityId).Distinct().Count());
    }

    [Fact]
    public void Parse_Komid_ReadsAliasesWithoutQuotesAndAddress()
    {
        var komid = fixture.Single("KPe.001");

        Assert.Equal("KOREA MINING DEVELOPMENT TRADING CORPORATION", komid.PrimaryName);
        Assert.Equal(PartyKind.Organization, komid.Kind);
        Assert.Equal(["DPRK"], komid.Programs);
        Assert.Contains(new PartyName("KOMID", NameType.Alias, "Latn"), komid.Aliases);
        Assert.Contains(new PartyName("CHANGGWANG SINYONG CORPORATION", NameType.Alias, "Latn"), komid.Aliases);
        Assert.Contains(new PartyAddress("Central District, Pyongyang, Democratic People's Republic of Korea", "KP", "Pyongyang"), komid.Addresses);
        Assert.Contains(new PartyDate("listed", "2009-04-24"), komid.Dates);
    }

    [Fact]
    public void Parse_YunHoJin_ReadsPersonFields()
    {
        var yun = fixture.Single("KPi.001");

        Assert.Equal("YUN HO-JIN", yun.PrimaryName);
        Assert.Equal(PartyKind.Person, yun.Kind);
        Assert.Contains(new PartyName("Yun Ho-chin", NameType.Alias, "Latn"), yun.Aliases);
        Assert.Contains(new PartyDate("birth", "1944-10-13"), yun.Dates);
        Assert.Equal([new PartyCountry("KP", "Democratic People's Republic of Korea")], yun.Countries);
        Assert.Contains("Designation: Director of Namchongang Trading Corporation", yun.Remarks);
    }

    [Fact]
    public void Parse_OriginalScriptName_KeepsArabicScript()
    {
        var saddam = fixture.Single("IQi.001");

        Assert.Equal("SADDAM HUSSEIN AL-TIKRITI", saddam.PrimaryName);
        Assert.Contains(new PartyName("صدام حسين التكريتي", NameType.OriginalScript, "Arab"), saddam.Aliases);
    }

    [Fact]
    public void Parse_PassportWithLeadingSpace_IsTrimmed()
    {
        var ri = fixture.Single("KPi.033");

        Assert.Contains(new PartyIdentifier("Passport", "381310014"), ri.Identifiers);
        Assert.Contains(new PartyDate("birth", "1964-07-17"), ri.Dates);
    }

    [Fact]
    public void Parse_LowQualityAlias_IsWeakAlias()
    {
        var gaston = fixture.Single("CDi.003");

        Assert.Contains(new PartyName("Rumuli", NameType.WeakAlias, "Latn"), gaston.Aliases);
    }

    [Fact]
    public void Parse_BirthYearRange_IsInterval()
    {
        Assert.Contains(fixture.Result.Parties.SelectMany(party => party.Dates), date => date is { Type: "birth", Value: "1973/1974" });
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><CONSOLIDATED_LIST>&lol2;</CONSOLIDATED_LIST>""", "DOCTYPE")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE CONSOLIDATED_LIST SYSTEM "http://127.0.0.1:9/evil.dtd"><CONSOLIDATED_LIST/>""", "DOCTYPE")]
    [InlineData("<sanctionsData/>", "expected 'CONSOLIDATED_LIST'")]
    [InlineData("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>", "not well-formed")]
    [InlineData(RealListFiles.HtmlErrorPage, "the file is an HTML page, not the UN Security Council consolidated list XML")]
    public void Parse_BadInput_ThrowsListFormatException(string xml, string expectedMessage)
    {
        var exception = Assert.Throws<ListFormatException>(() => new UnConsolidatedListParser().Parse(RealListFiles.FromText("consolidated.xml", xml), CancellationToken.None));

        Assert.Contains(expectedMessage, exception.Message);
    }

    [Fact]
    public void Parse_EntryWithoutReferenceNumber_IsReportedAsWarning()
    {
        const string xml = "<CONSOLIDATED_LIST><ENTITIES><ENTITY><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME></ENTITY><ENTITY><DATAID>2</DATAID><FIRST_NAME>B</FIRST_NAME><REFERENCE_NUMBER>XXe.001</REFERENCE_NUMBER></ENTITY></ENTITIES></CONSOLIDATED_LIST>";

        var result = new UnConsolidatedListParser().Parse(RealListFiles.FromText("consolidated.xml", xml), CancellationToken.None);

        Assert.Equal("XXe.001", Assert.Single(result.Parties).SourceEntityId);
        Assert.Contains("DATAID 1", Assert.Single(result.Warnings));
    }
}
