using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.UsConsolidatedScreeningList;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.UsConsolidatedScreeningList;

/// <summary>Parses the real 2022 CSL snapshot once and checks entries field by field.</summary>
public sealed class CslCsvFixture
{
    public CslCsvFixture()
    {
        Result = new CslCsvParser().Parse(RealListFiles.Load("us-csl", "consolidated.csv"), CancellationToken.None);
    }

    public ParsedList Result { get; }

    public ListedParty Single(string sourceEntityId) => Result.Parties.Single(party => party.SourceEntityId == sourceEntityId);
}

public sealed class CslCsvParserTests(CslCsvFixture fixture) : IClassFixture<CslCsvFixture>
{
    [Fact]
    public void Parse_RealFile_ReturnsEveryRow()
    {
        Assert.Equal(14_160, fixture.Result.Parties.Count);
    }

    [Fact]
    public void Parse_RealFile_GivesUniqueIds()
    {
        var duplicates = fixture.Result.Parties.GroupBy(party => party.SourceEntityId).Where(group => group.Count() > 1).Select(group => group.Key).ToArray();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Parse_Komid_KeepsAliasesAddressesAndPrograms()
    {
        var komid = fixture.Single("9345");

        Assert.Equal("KOREA MINING DEVELOPMENT TRADING CORPORATION", komid.PrimaryName);
        Assert.Equal(PartyKind.Organization, komid.Kind);
        Assert.Contains(komid.Aliases, alias => alias.Value == "KOMID");
        Assert.Contains(komid.Aliases, alias => alias.Value == "CHANGGWANG SINYONG CORPORATION");
        Assert.Equal(["Specially Designated Nationals (SDN)", "NPWMD", "DPRK2"], komid.Programs);
        Assert.Equal(["KP", "CN", "RU", "IR", "SY"], komid.Addresses.Select(address => address.CountryCode));
        Assert.Equal("Central District, Pyongyang, KP", komid.Addresses[0].Text);
        Assert.Contains(komid.Countries, country => country.Code == "KP");
        Assert.Contains("Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210", komid.Remarks);
    }

    [Fact]
    public void Parse_CmicEntry_ReadsIdentifierDatesAndListCode()
    {
        var aecc = fixture.Single("30902-CMIC");

        Assert.Equal("AERO ENGINE CORPORATION OF CHINA", aecc.PrimaryName);
        Assert.Equal(["Non-SDN Chinese Military-Industrial Complex Companies List (CMIC)", "CMIC-EO13959"], aecc.Programs);
        Assert.Equal(["AERO ENGINE CORP OF CHINA", "AECC", "CHINA AVIATION ENGINE GROUP CO., LTD"], aecc.Aliases.Select(alias => alias.Value));
        Assert.Contains(new PartyIdentifier("Unified Social Credit Code (USCC)", "91110000MA005UCQ5P", "CN"), aecc.Identifiers);
        Assert.Contains(new PartyDate("Listing Date (CMIC)", "03 Jun 2021"), aecc.Dates);
        Assert.Contains("Target Type: State-Owned Enterprise", aecc.Remarks);
        Assert.Equal("CN", Assert.Single(aecc.Addresses).CountryCode);
    }

    [Fact]
    public void Parse_EntityListEntry_KeepsListDateAndLicencePolicy()
    {
        var harbin = fixture.Single("018015bfc8cf6c2e8d8794b2a2ed0590d2775642");

        Assert.Equal("Harbin Institute of Technology", harbin.PrimaryName);
        Assert.Equal(PartyKind.Unknown, harbin.Kind);
        Assert.Equal(["Entity List (EL)"], harbin.Programs);
        Assert.Equal(4, harbin.Addresses.Count);
        Assert.All(harbin.Addresses, address => Assert.Equal("CN", address.CountryCode));
        Assert.Equal([new PartyCountry("CN", "China")], harbin.Countries);
        Assert.Contains(new PartyDate("listed", "2020-06-05"), harbin.Dates);
        Assert.Contains("License policy: Presumption of denial", harbin.Remarks);
        Assert.Contains("Federal Register notice: 85 FR 34497", harbin.Remarks);
    }

    [Fact]
    public void Parse_Individual_ReadsBirthDateNationalityAndGender()
    {
        var abbas = fixture.Single("24904");

        Assert.Equal("'ABBAS, Yasir", abbas.PrimaryName);
        Assert.Equal(PartyKind.Person, abbas.Kind);
        Assert.Equal(["'ABBAS, Yasir 'Aziz"], abbas.Aliases.Select(alias => alias.Value));
        Assert.Equal([new PartyDate("birth", "1978-08-22")], abbas.Dates);
        Assert.Equal("SY", Assert.Single(abbas.Countries).Code);
        Assert.Contains("Gender: Male", abbas.Remarks);
    }

    [Fact]
    public void Parse_EntityOnThreeTreasuryLists_GivesOneRecordPerList()
    {
        var rows = fixture.Result.Parties.Where(party => party.PrimaryName == "BANCO VTB AFRICA SA").ToArray();

        Assert.Equal(["18725", "18725-CAP", "18725-SSI"], rows.Select(row => row.SourceEntityId).Order());
        Assert.Contains(rows, row => row.Programs[0] == "Capta List (CAP)");
    }

    [Fact]
    public void Parse_PassportWithCountry_SplitsCountryCode()
    {
        var party = fixture.Single("9935");

        Assert.Contains(new PartyIdentifier("Passport", "BC166787", "CA"), party.Identifiers);
        Assert.Equal(["CA", "SD"], party.Countries.Select(country => country.Code));
    }

    [Fact]
    public void Parse_WrongHeader_NamesExpectedColumns()
    {
        var file = RealListFiles.FromText("consolidated.csv", "id,name,country\n1,ACME,CN\n");

        var exception = Assert.Throws<ListFormatException>(() => new CslCsvParser().Parse(file, CancellationToken.None));

        Assert.Contains("_id, source, entity_number", exception.Message);
        Assert.Contains("lacks the columns", exception.Message);
    }

    [Fact]
    public void Parse_HtmlPage_ReportsHtml()
    {
        var file = RealListFiles.FromText("consolidated.csv", RealListFiles.HtmlErrorPage);

        var exception = Assert.Throws<ListFormatException>(() => new CslCsvParser().Parse(file, CancellationToken.None));

        Assert.Contains("the file is an HTML page, not the Consolidated Screening List CSV", exception.Message);
    }

    [Fact]
    public void Parse_EmptyFile_Rejects()
    {
        var exception = Assert.Throws<ListFormatException>(() => new CslCsvParser().Parse(new ListFileSet("consolidated.csv", []), CancellationToken.None));

        Assert.Contains("empty", exception.Message);
    }

    [Theory]
    [InlineData("consolidated.csv", "_id,source,entity_number", true)]
    [InlineData("consolidated.csv", "", true)]
    [InlineData("consolidated.csv", "<!DOCTYPE html>", false)]
    [InlineData("consolidated.json", "{", false)]
    public void CanParse_FileNameAndHead_MatchesCsvOnly(string fileName, string head, bool expected)
    {
        Assert.Equal(expected, new CslCsvParser().CanParse(fileName, System.Text.Encoding.UTF8.GetBytes(head)));
    }
}
