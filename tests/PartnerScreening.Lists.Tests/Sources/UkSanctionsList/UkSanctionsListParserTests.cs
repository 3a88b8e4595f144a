using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.UkSanctionsList;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.UkSanctionsList;

/// <summary>
/// No real UK file is kept (the official XML is larger than 4 MB), so these tests build a small file in the
/// FCDO schema: no namespace, one <c>Designation</c> per designated person, entity or ship.
/// </summary>
public sealed class UkSanctionsListParserTests
{
    private const string SmallList = """
        <?xml version="1.0" encoding="utf-8"?>
        <Designations xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <DateGenerated>02/03/2026</DateGenerated>
          <Designation>
            <LastUpdated>14/02/2024</LastUpdated>
            <DateDesignated>27/05/2016</DateDesignated>
            <UniqueID>DPR0003</UniqueID>
            <OFSIGroupID>11009</OFSIGroupID>
            <UNReferenceNumber>KPe.001</UNReferenceNumber>
            <Names>
              <Name><Name6>KOREA MINING DEVELOPMENT TRADING CORPORATION</Name6><NameType>Primary Name</NameType></Name>
              <Name><Name6>KOMID</Name6><NameType>alias</NameType><AliasStrength>Good quality</AliasStrength></Name>
              <Name><Name6>CHANGGWANG SINYONG CORPORATION</Name6><NameType>Alias</NameType></Name>
            </Names>
            <NonLatinNames>
              <NonLatinName><NameNonLatinScript>조선광업개발무역회사</NameNonLatinScript><NonLatinScriptType>Korean</NonLatinScriptType><NonLatinScriptLanguage>Korean</NonLatinScriptLanguage></NonLatinName>
            </NonLatinNames>
            <RegimeName>The Democratic People's Republic of Korea</RegimeName>
            <IndividualEntityShip>Entity</IndividualEntityShip>
            <DesignationSource>UN</DesignationSource>
            <SanctionsImposed>Asset freeze</SanctionsImposed>
            <OtherInformation>Primary arms dealer and main exporter of goods and equipment related to ballistic missiles.</OtherInformation>
            <Addresses>
              <Address><AddressLine1>Central District</AddressLine1><AddressLine2>Pyongyang</AddressLine2><AddressCountry>North Korea</AddressCountry></Address>
            </Addresses>
            <EntityDetails><Entity><TypeOfEntities><TypeOfEntity>Trading company</TypeOfEntity></TypeOfEntities></Entity></EntityDetails>
          </Designation>
          <Designation>
            <LastUpdated>01/03/2022</LastUpdated>
            <DateDesignated>15/03/2022</DateDesignated>
            <UniqueID>RUS0999</UniqueID>
            <Names>
              <Name><Name1>Ivan</Name1><Name2>Petrovich</Name2><Name6>SIDOROV</Name6><NameType>Primary name</NameType></Name>
              <Name><Name1>Ivan</Name1><Name6>SIDOROFF</Name6><NameType>Alias</NameType><AliasStrength>Low quality</AliasStrength></Name>
            </Names>
            <NonLatinNames>
              <NonLatinName><NameNonLatinScript>Иван Петрович СИДОРОВ</NameNonLatinScript><NonLatinScriptLanguage>Russian</NonLatinScriptLanguage></NonLatinName>
            </NonLatinNames>
            <RegimeName>Russia</RegimeName>
            <IndividualEntityShip>Individual</IndividualEntityShip>
            <DesignationSource>UK</DesignationSource>
            <SanctionsImposed>Asset freeze|Travel Ban</SanctionsImposed>
            <IndividualDetails>
              <Individual>
                <DOBs><DOB>dd/mm/1968</DOB><DOB>05/03/1969</DOB></DOBs>
                <Nationalities><Nationality>Russia</Nationality></Nationalities>
                <PassportDetails><Passport><PassportNumber>   7200012345</PassportNumber><PassportAdditionalInformation>Russian passport</PassportAdditionalInformation></Passport></PassportDetails>
                <Positions><Position>Deputy Minister</Position></Positions>
                <BirthDetails><Location><TownOfBirth>Kazan</TownOfBirth><CountryOfBirth>Russia</CountryOfBirth></Location></BirthDetails>
                <Genders><Gender>Male</Gender></Genders>
              </Individual>
            </IndividualDetails>
          </Designation>
          <Designation>
            <DateDesignated>10/10/2025</DateDesignated>
            <UniqueID>RUS2000</UniqueID>
            <Names><Name><Name6>SEA TRADER</Name6><NameType>Primary Name</NameType></Name></Names>
            <RegimeName>Russia</RegimeName>
            <IndividualEntityShip>Ship</IndividualEntityShip>
            <ShipDetails><Ship><IMONumbers><IMONumber>9123456</IMONumber></IMONumbers><CurrentBelievedFlagOfShips><CurrentBelievedFlagOfShip>Panama</CurrentBelievedFlagOfShip></CurrentBelievedFlagOfShips></Ship></ShipDetails>
          </Designation>
        </Designations>
        """;

    private static ParsedList ParseSmallList() =>
        new UkSanctionsListParser().Parse(RealListFiles.FromText("UK-Sanctions-List.xml", SmallList), CancellationToken.None);

    [Fact]
    public void Parse_SmallList_ReturnsEveryDesignationAndEdition()
    {
        var result = ParseSmallList();

        Assert.Equal(["DPR0003", "RUS0999", "RUS2000"], result.Parties.Select(party => party.SourceEntityId));
        Assert.Equal([PartyKind.Organization, PartyKind.Person, PartyKind.Vessel], result.Parties.Select(party => party.Kind));
        Assert.Equal(new DateOnly(2026, 3, 2), result.Edition);
    }

    [Fact]
    public void Parse_Komid_ReadsNamesAddressAndReferences()
    {
        var komid = ParseSmallList().Parties[0];

        Assert.Equal("KOREA MINING DEVELOPMENT TRADING CORPORATION", komid.PrimaryName);
        Assert.Contains(new PartyName("KOMID", NameType.Alias, "Latn"), komid.Aliases);
        Assert.Contains(new PartyName("CHANGGWANG SINYONG CORPORATION", NameType.Alias, "Latn"), komid.Aliases);
        Assert.Contains(new PartyName("조선광업개발무역회사", NameType.OriginalScript, "Hang", "Korean"), komid.Aliases);
        Assert.Equal(["The Democratic People's Republic of Korea"], komid.Programs);
        Assert.Equal([new PartyAddress("Central District, Pyongyang, North Korea", "KP")], komid.Addresses);
        Assert.Contains(new PartyIdentifier("UN reference number", "KPe.001"), komid.Identifiers);
        Assert.Contains(new PartyIdentifier("OFSI group id", "11009"), komid.Identifiers);
        Assert.Contains(new PartyDate("listed", "2016-05-27"), komid.Dates);
        Assert.Contains("Sanctions imposed: Asset freeze", komid.Remarks);
    }

    [Fact]
    public void Parse_Individual_ReadsPlaceholderBirthDateAndPassport()
    {
        var person = ParseSmallList().Parties[1];

        Assert.Equal("Ivan Petrovich SIDOROV", person.PrimaryName);
        Assert.Contains(new PartyName("Ivan SIDOROFF", NameType.WeakAlias, "Latn"), person.Aliases);
        Assert.Contains(new PartyName("Иван Петрович СИДОРОВ", NameType.OriginalScript, "Cyrl", "Russian"), person.Aliases);
        Assert.Contains(new PartyDate("birth", "1968"), person.Dates);
        Assert.Contains(new PartyDate("birth", "1969-03-05"), person.Dates);
        Assert.Equal([new PartyCountry("RU", "Russia")], person.Countries);
        Assert.Contains(new PartyIdentifier("Passport", "7200012345"), person.Identifiers);
        Assert.Contains("Place of birth: Kazan, Russia", person.Remarks);
        Assert.Contains("Position: Deputy Minister", person.Remarks);
    }

    [Fact]
    public void Parse_Ship_ReadsImoNumberAndFlag()
    {
        var ship = ParseSmallList().Parties[2];

        Assert.Contains(new PartyIdentifier("IMO number", "9123456"), ship.Identifiers);
        Assert.Contains(new PartyIdentifier("Vessel Flag", "Panama", "PA"), ship.Identifiers);
    }

    [Theory]
    [InlineData("05/03/1968", "1968-03-05")]
    [InlineData("5/3/1968", "1968-03-05")]
    [InlineData("dd/mm/1968", "1968")]
    [InlineData("00/00/1968", "1968")]
    [InlineData("dd/07/1968", "1968-07")]
    [InlineData("circa 1968", "circa 1968")]
    public void ToIso_ListedDate_ConvertsKnownParts(string listed, string expected)
    {
        Assert.Equal(expected, UkDates.ToIso(listed));
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE Designations [<!ENTITY xxe SYSTEM "file:///etc/hostname">]><Designations>&xxe;</Designations>""", "DOCTYPE")]
    [InlineData("<ConsolidatedList/>", "expected 'Designations'")]
    [InlineData("<Designations><Designation><UniqueID>X</UniqueID>", "not well-formed")]
    [InlineData(RealListFiles.HtmlErrorPage, "the file is an HTML page, not the UK Sanctions List XML")]
    public void Parse_BadInput_ThrowsListFormatException(string xml, string expectedMessage)
    {
        var exception = Assert.Throws<ListFormatException>(() => new UkSanctionsListParser().Parse(RealListFiles.FromText("UK-Sanctions-List.xml", xml), CancellationToken.None));

        Assert.Contains(expectedMessage, exception.Message);
    }
}
