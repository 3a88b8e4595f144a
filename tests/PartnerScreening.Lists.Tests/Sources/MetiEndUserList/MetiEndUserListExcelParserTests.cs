using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.MetiEndUserList;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.MetiEndUserList;

public sealed class MetiEndUserListExcelParserTests(MetiExcelFixture fixture) : IClassFixture<MetiExcelFixture>
{
    [Fact]
    public void Parse_RealWorkbook_Returns835NumberedEntries()
    {
        var parties = fixture.Result.Parties;

        Assert.Equal(835, parties.Count);
        Assert.Equal(Enumerable.Range(1, 835).Select(number => number.ToString()), parties.Select(party => party.SourceEntityId));
        Assert.All(parties, party => Assert.Equal(ListSourceIds.MetiEndUserList, party.Source));
        Assert.All(parties, party => Assert.Equal(PartyKind.Organization, party.Kind));
    }

    [Fact]
    public void Parse_RealWorkbook_EditionFromFileName()
    {
        Assert.Equal(new DateOnly(2025, 9, 29), fixture.Result.Edition);
    }

    [Fact]
    public void Parse_RealWorkbook_HasNoWarnings()
    {
        Assert.Empty(fixture.Result.Warnings);
    }

    [Fact]
    public void Parse_HarbinInstitute_KeepsOriginalScriptCategoryAndFlag()
    {
        var harbin = fixture.Result.Parties.Single(party => party.PrimaryName == "Harbin Institute of Technology (HIT)");

        Assert.Equal("541", harbin.SourceEntityId);
        var original = Assert.Single(harbin.Aliases);
        Assert.Equal(new PartyName("哈爾浜工業大学", NameType.OriginalScript, "Hani"), original);
        Assert.Equal(["M"], harbin.Programs);
        Assert.True(harbin.ConventionalWeapons);
        Assert.Equal(new PartyCountry("CN", "People's Republic of China", "中国"), Assert.Single(harbin.Countries));
    }

    [Fact]
    public void Parse_Komid_SplitsAliasesAndRenderings()
    {
        var komid = fixture.ByNumber["352"];

        Assert.Equal("Korea Mining Development Trading Corporation (KOMID)", komid.PrimaryName);
        Assert.Equal("KP", komid.Countries[0].Code);
        Assert.Equal(["B", "C", "M", "N"], komid.Programs);
        Assert.True(komid.ConventionalWeapons);
        Assert.Equal(
            [
                new PartyName("朝鮮鉱業開発貿易会社", NameType.OriginalScript, "Hani"),
                new PartyName("Changgwang Sinyong Corporation", NameType.Alias, "Latn"),
                new PartyName("蒼光信用会社", NameType.OriginalScript, "Hani"),
                new PartyName("Changgwang Trading Corp.", NameType.Alias, "Latn"),
                new PartyName("DPRKN Mining Development Trading Corporation", NameType.Alias, "Latn"),
                new PartyName("External Technology General Corporation", NameType.Alias, "Latn"),
                new PartyName("Korea Kumryong Trading Corporation", NameType.Alias, "Latn"),
                new PartyName("North Korean Mining Development Trading Corporation", NameType.Alias, "Latn"),
                new PartyName("221 General Bureau", NameType.Alias, "Latn"),
                new PartyName("Mining Development Guidance Bureau", NameType.Alias, "Latn"),
            ],
            komid.Aliases);
    }

    [Fact]
    public void Parse_AlQaida_ReturnsEightBulletedAliases()
    {
        var alQaida = fixture.ByNumber["1"];

        Assert.Equal("Al Qa'ida/Islamic Army", alQaida.PrimaryName);
        Assert.Equal(8, alQaida.Aliases.Count);
        Assert.Equal("Al Qaeda", alQaida.Aliases[0].Value);
        Assert.Equal("Usama Bin Laden Organisation", alQaida.Aliases[^1].Value);
        Assert.All(alQaida.Aliases, alias => Assert.Equal(NameType.Alias, alias.Type));
    }

    [Fact]
    public void Parse_Rosoboronexport_JoinsLegalFormSplitOverTwoBullets()
    {
        var rosoboronexport = fixture.ByNumber["806"];
        var values = rosoboronexport.Aliases.Select(alias => alias.Value).ToList();

        Assert.Equal(11, values.Count);
        Assert.Contains(new PartyName("Акционерное общество Рособоронэкспорт", NameType.Alias, "Cyrl"), rosoboronexport.Aliases);
        Assert.Contains(new PartyName("АО Рособоронэкспорт", NameType.Alias, "Cyrl"), rosoboronexport.Aliases);
        Assert.DoesNotContain("Акционерное общество", values);
        Assert.DoesNotContain("Рособоронэкспорт", values);
    }

    [Fact]
    public void Parse_UnbulletedLatinLine_ContinuesPreviousAlias()
    {
        var uraltransmash = fixture.ByNumber["774"];

        Assert.Contains("Aktsionernoe Obshchestvo Uralskiy Zavod Transportnogo Mashinostroeniya", uraltransmash.Aliases.Select(alias => alias.Value));
        Assert.DoesNotContain("Mashinostroeniya", uraltransmash.Aliases.Select(alias => alias.Value));
    }

    [Fact]
    public void Parse_UnbulletedHanLine_IsRenderingOfPreviousAlias()
    {
        var institute = fixture.ByNumber["478"];
        var casic = institute.Aliases.ToList().FindIndex(alias => alias.Value == "China Aerospace Science and Industry Corporation(CASIC) Second Academy 23rd Research Institute");

        Assert.True(casic >= 0);
        Assert.Equal(new PartyName("中国航天科学技術工業集団有限公司第二研究院第二十三研究所", NameType.OriginalScript, "Hani"), institute.Aliases[casic + 1]);
    }

    [Theory]
    [InlineData("433", "(朝鮮)順和江貿易会社")]
    [InlineData("438", "大安機械工場")]
    [InlineData("352", "蒼光信用会社")]
    public void Parse_ParenthesisedLine_StripsOnlyOuterParentheses(string number, string expected)
    {
        var rendering = fixture.ByNumber[number].Aliases.Single(alias => alias.Value == expected);

        Assert.Equal(NameType.OriginalScript, rendering.Type);
    }

    [Theory]
    [InlineData("599", "YINKE ELECTRONICS CO., LTD")]
    [InlineData("725", "TAS TECHNOLOGY CO., LIMITED")]
    [InlineData("739", "\"Region\" Scientific & Production Enterprise JSC")]
    public void Parse_AliasWithoutBullet_IsKept(string number, string expected)
    {
        var alias = Assert.Single(fixture.ByNumber[number].Aliases, alias => alias.Type == NameType.Alias);

        Assert.Equal(expected, alias.Value);
    }

    [Theory]
    [InlineData("556", "Nanjing University of Science and Technology(NUST)", "南京理工大学", "Hani")]
    [InlineData("437", "Taean Friendship Glass Factory, Pyongan Namdo", "大安親善ガラス工場(平安南道)", "Jpan")]
    [InlineData("537", "Guangzhou Ca.Ben Composites Company Limited", "広州卡本複合材料有限公司", "Hani")]
    [InlineData("530", "DANDONG RICH EARTH TRADING CO., LTD.", "丹东富地贸易有限公司", "Hans")]
    [InlineData("706", "ARTTRONIX INTERNATIONAL HK LIMITED", "億電國際香港有限公司", "Hant")]
    public void Parse_NameWithOriginalScript_SplitsNameAndScript(string number, string primary, string original, string script)
    {
        var party = fixture.ByNumber[number];

        Assert.Equal(primary, party.PrimaryName);
        Assert.Equal(new PartyName(original, NameType.OriginalScript, script, script == "Jpan" ? "ja" : null), party.Aliases[0]);
    }

    [Fact]
    public void Parse_NameWrappedOverLines_JoinsWithSpace()
    {
        Assert.Equal("Guangzhou Tian-Hai-Xiang Aviation Technology Co., Ltd.", fixture.ByNumber["538"].PrimaryName);
        Assert.Equal("JOINT STOCK COMPANY RESEARCH AND PRODUCTION CORPORATION KONSTRUKTORSKOYE BYURO MASHYNOSTROYENIYA", fixture.ByNumber["769"].PrimaryName);
    }

    [Fact]
    public void Parse_RealWorkbook_NoPhoneticReadingLeaks()
    {
        var readings = PhoneticReadings.NotInVisibleText(fixture.Path);
        Assert.NotEmpty(readings);

        var texts = fixture.Result.Parties
            .SelectMany(party => party.AllNames().Select(name => name.Value)
                .Concat(party.Countries.Select(country => country.NameJa ?? string.Empty))
                .Concat(party.Countries.Select(country => country.NameEn ?? string.Empty)))
            .ToList();

        foreach (var reading in readings)
        {
            Assert.DoesNotContain(texts, text => text.Contains(reading, StringComparison.Ordinal));
        }

        Assert.Equal("北朝鮮", fixture.ByNumber["352"].Countries[0].NameJa);
        Assert.Equal("民族経済協力連合会", fixture.ByNumber["450"].PrimaryName);
    }

    [Fact]
    public void Parse_RealWorkbook_EveryCountryHasIsoCode()
    {
        var codes = fixture.Result.Parties.Select(party => Assert.Single(party.Countries).Code).ToList();

        Assert.DoesNotContain(null, codes);
        Assert.Equal(15, codes.Distinct().Count());
        Assert.Equal(257, codes.Count(code => code == "IR"));
        Assert.Equal(154, codes.Count(code => code == "KP"));
    }

    [Fact]
    public void Parse_RealWorkbook_NormalisesCategorySpellings()
    {
        var programs = fixture.Result.Parties.Select(party => string.Join(",", party.Programs)).ToList();

        Assert.All(fixture.Result.Parties, party => Assert.All(party.Programs, code => Assert.Contains(code, MetiCategories.All)));
        Assert.Equal(54, programs.Count(text => text.Length == 0));
        Assert.Equal(268 + 6, programs.Count(text => text == "M"));
        Assert.Equal(137 + 2 + 2, programs.Count(text => text == "N"));
        Assert.Equal(110 + 19, programs.Count(text => text == "M,N"));
        Assert.Equal(184, programs.Count(text => text == "B,C,M,N"));
        Assert.Equal(240, fixture.Result.Parties.Count(party => party.ConventionalWeapons));
    }

    [Fact]
    public void Parse_ConventionalOnlyEntry_HasFlagAndNoCategory()
    {
        var uralvagonzavod = fixture.ByNumber["833"];

        Assert.Equal("Uralvagonzavod", uralvagonzavod.PrimaryName);
        Assert.Empty(uralvagonzavod.Programs);
        Assert.True(uralvagonzavod.ConventionalWeapons);
    }

    [Theory]
    [InlineData("20250929_4.xlsx", true)]
    [InlineData("20250929_4.XLSX", true)]
    [InlineData("meti-eul.xlsx", true)]
    [InlineData("20250929_4.pdf", false)]
    [InlineData("20250929_4.xls", false)]
    [InlineData("shisantouketsu20260305.xlsx", false)]
    [InlineData("list.xlsx", false)]
    public void CanParse_FileName_AcceptsOnlyEndUserListWorkbook(string fileName, bool expected)
    {
        Assert.Equal(expected, new MetiEndUserListExcelParser().CanParse(fileName, fixture.Content.AsSpan(0, 8)));
    }
}
