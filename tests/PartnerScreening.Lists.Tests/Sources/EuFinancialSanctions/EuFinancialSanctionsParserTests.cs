using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.EuFinancialSanctions;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.EuFinancialSanctions;

/// <summary>
/// No real EU file is kept (the official XML is 20–30 MB), so these tests build a small file in the v1.1 format:
/// namespace <c>http://eu.europa.ec/fpi/fsd/export</c>, every value in attributes.
/// </summary>
public sealed class EuFinancialSanctionsParserTests
{
    private const string SmallExport = """
        <?xml version="1.0" encoding="UTF-8"?>
        <export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-03-02T17:04:21.123+01:00" globalFileId="170983">
          <sanctionEntity designationDetails="" unitedNationId="KPe.001" euReferenceNumber="EU.2722.86" logicalId="13">
            <remark>Korea Mining Development Trading Corporation is the primary arms dealer of the DPRK.</remark>
            <regulation regulationType="regulation" organisationType="commission" publicationDate="2017-05-27" entryIntoForceDate="2017-05-28" numberTitle="2017/1509 (OJ L224)" programme="PRK" logicalId="111">
              <publicationUrl>https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:L:2017:224:TOC</publicationUrl>
            </regulation>
            <subjectType code="enterprise" classificationCode="E"/>
            <nameAlias firstName="" middleName="" lastName="" wholeName="KOREA MINING DEVELOPMENT TRADING CORPORATION" function="" gender="" title="" nameLanguage="" strong="true" regulationLanguage="en" logicalId="17"/>
            <nameAlias wholeName="KOMID" nameLanguage="" strong="true" regulationLanguage="en" logicalId="18"/>
            <nameAlias wholeName="CHANGGWANG SINYONG CORPORATION" nameLanguage="EN" strong="true" regulationLanguage="en" logicalId="19"/>
            <address city="Pyongyang" street="Central District" poBox="" zipCode="" region="" place="" asAtListingTime="false" countryIso2Code="KP" countryDescription="NORTH KOREA" logicalId="21"/>
          </sanctionEntity>
          <sanctionEntity designationDetails="" unitedNationId="" euReferenceNumber="EU.7123.45" designationDate="2022-02-28" logicalId="139060">
            <regulation programme="RUS" numberTitle="2022/330 (OJ L53)" logicalId="140"/>
            <subjectType code="person" classificationCode="P"/>
            <nameAlias firstName="Ivan" middleName="Petrovich" lastName="SIDOROV" wholeName="Ivan Petrovich SIDOROV" function="Deputy Minister" gender="M" nameLanguage="" strong="true" logicalId="141"/>
            <nameAlias wholeName="Иван Петрович СИДОРОВ" nameLanguage="RU" strong="true" logicalId="142"/>
            <nameAlias wholeName="Ivan SIDOROFF" nameLanguage="" strong="false" logicalId="143"/>
            <citizenship region="" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" logicalId="144"/>
            <citizenship region="" countryIso2Code="00" countryDescription="UNKNOWN" logicalId="145"/>
            <birthdate circa="true" calendarType="GREGORIAN" city="Kazan" birthdate="" year="1968" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" logicalId="146"/>
            <identification diplomatic="false" knownExpired="false" knownFalse="false" reportedLost="false" revokedByIssuer="false" identificationTypeCode="passport" identificationTypeDescription="National passport" number="7200012345" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" logicalId="147"/>
            <address city="" street="" countryIso2Code="00" countryDescription="UNKNOWN" logicalId="148"/>
          </sanctionEntity>
        </export>
        """;

    private static ParsedList ParseSmallExport() =>
        new EuFinancialSanctionsParser().Parse(RealListFiles.FromText("xmlFullSanctionsList_1_1.xml", SmallExport), CancellationToken.None);

    [Fact]
    public void Parse_SmallExport_ReturnsBothEntitiesAndEdition()
    {
        var result = ParseSmallExport();

        Assert.Equal(["13", "139060"], result.Parties.Select(party => party.SourceEntityId));
        Assert.Equal(new DateOnly(2026, 3, 2), result.Edition);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_Komid_ReadsNamesAddressAndReferences()
    {
        var komid = ParseSmallExport().Parties[0];

        Assert.Equal(PartyKind.Organization, komid.Kind);
        Assert.Equal("KOREA MINING DEVELOPMENT TRADING CORPORATION", komid.PrimaryName);
        Assert.Contains(new PartyName("KOMID", NameType.Alias, "Latn"), komid.Aliases);
        Assert.Contains(new PartyName("CHANGGWANG SINYONG CORPORATION", NameType.Alias, "Latn", "en"), komid.Aliases);
        Assert.Equal(["PRK"], komid.Programs);
        Assert.Equal([new PartyAddress("Central District, Pyongyang, NORTH KOREA", "KP", "Pyongyang")], komid.Addresses);
        Assert.Contains(new PartyIdentifier("EU reference number", "EU.2722.86"), komid.Identifiers);
        Assert.Contains(new PartyIdentifier("UN reference number", "KPe.001"), komid.Identifiers);
        Assert.Contains("primary arms dealer", komid.Remarks);
    }

    [Fact]
    public void Parse_Person_ReadsScriptsCitizenshipBirthAndPassport()
    {
        var person = ParseSmallExport().Parties[1];

        Assert.Equal(PartyKind.Person, person.Kind);
        Assert.Equal("Ivan Petrovich SIDOROV", person.PrimaryName);
        Assert.Contains(new PartyName("Иван Петрович СИДОРОВ", NameType.Alias, "Cyrl", "ru"), person.Aliases);
        Assert.Contains(new PartyName("Ivan SIDOROFF", NameType.WeakAlias, "Latn"), person.Aliases);
        Assert.Equal([new PartyCountry("RU", "RUSSIAN FEDERATION")], person.Countries);
        Assert.Contains(new PartyDate("birth", "circa 1968"), person.Dates);
        Assert.Contains(new PartyDate("listed", "2022-02-28"), person.Dates);
        Assert.Contains(new PartyIdentifier("National passport", "7200012345", "RU"), person.Identifiers);
        Assert.Empty(person.Addresses);
        Assert.Contains("Function: Deputy Minister", person.Remarks);
        Assert.Contains("Place of birth: Kazan, RUSSIAN FEDERATION", person.Remarks);
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE export [<!ENTITY xxe SYSTEM "file:///etc/hostname">]><export xmlns="http://eu.europa.ec/fpi/fsd/export">&xxe;</export>""", "DOCTYPE")]
    [InlineData("""<export generationDate="2026-01-01"/>""", "expected 'export' in the namespace http://eu.europa.ec/fpi/fsd/export")]
    [InlineData("""<export xmlns="http://eu.europa.ec/fpi/fsd/export"><sanctionEntity logicalId="1">""", "not well-formed")]
    [InlineData(RealListFiles.HtmlErrorPage, "the file is an HTML page, not the EU financial sanctions XML")]
    public void Parse_BadInput_ThrowsListFormatException(string xml, string expectedMessage)
    {
        var exception = Assert.Throws<ListFormatException>(() => new EuFinancialSanctionsParser().Parse(RealListFiles.FromText("export.xml", xml), CancellationToken.None));

        Assert.Contains(expectedMessage, exception.Message);
    }
}
