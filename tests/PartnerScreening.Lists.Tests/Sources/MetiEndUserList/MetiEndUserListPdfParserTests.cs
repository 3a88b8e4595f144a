using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.MetiEndUserList;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.MetiEndUserList;

public sealed class MetiEndUserListPdfParserTests(MetiPdfFixture fixture) : IClassFixture<MetiPdfFixture>
{
    [Fact]
    public void Parse_RealPdf_Returns748NumberedEntries()
    {
        var parties = fixture.Result.Parties;

        Assert.Equal(748, parties.Count);
        Assert.Equal(Enumerable.Range(1, 748).Select(number => number.ToString()), parties.Select(party => party.SourceEntityId));
        Assert.All(parties, party => Assert.Equal(ListSourceIds.MetiEndUserList, party.Source));
    }

    [Fact]
    public void Parse_RealPdf_EditionFromFileName()
    {
        Assert.Equal(new DateOnly(2025, 1, 31), fixture.Result.Edition);
    }

    [Fact]
    public void Parse_RealPdf_HasNoWarnings()
    {
        Assert.Empty(fixture.Result.Warnings);
    }

    [Fact]
    public void Parse_RealPdf_HasNoConventionalWeaponsColumn()
    {
        Assert.DoesNotContain(fixture.Result.Parties, party => party.ConventionalWeapons);
        Assert.All(fixture.Result.Parties, party => Assert.NotEmpty(party.Programs));
    }

    [Fact]
    public void Parse_RealPdf_EveryCountryHasIsoCode()
    {
        Assert.All(fixture.Result.Parties, party => Assert.NotNull(Assert.Single(party.Countries).Code));
    }

    [Fact]
    public void Parse_Komid_KeepsOriginalScriptAndAliases()
    {
        var komid = fixture.ByName("Korea Mining Development Trading Corporation (KOMID)");

        Assert.Equal("KP", komid.Countries[0].Code);
        Assert.Equal(new PartyName("朝鮮鉱業開発貿易会社", NameType.OriginalScript, "Hani"), komid.Aliases[0]);
        Assert.Equal(new PartyName("Changgwang Sinyong Corporation", NameType.Alias, "Latn"), komid.Aliases[1]);
        Assert.Equal(new PartyName("蒼光信用会社", NameType.OriginalScript, "Hani"), komid.Aliases[2]);
        Assert.Equal(["B", "C", "M", "N"], komid.Programs);
    }

    [Fact]
    public void Parse_Harbin_KeepsOriginalScriptAndCategory()
    {
        var harbin = fixture.ByName("Harbin Institute of Technology (HIT)");

        Assert.Equal(new PartyName("哈爾浜工業大学", NameType.OriginalScript, "Hani"), Assert.Single(harbin.Aliases));
        Assert.Equal(["M"], harbin.Programs);
    }

    [Fact]
    public void Parse_FirstEntry_JoinsWrappedCountryAndAliases()
    {
        var alQaida = fixture.ByNumber["1"];

        Assert.Equal("Al Qa'ida/Islamic Army", alQaida.PrimaryName);
        Assert.Equal(new PartyCountry("AF", "Islamic Republic of Afghanistan", "アフガニスタン"), alQaida.Countries[0]);
        Assert.Equal(8, alQaida.Aliases.Count);
        Assert.Contains(new PartyName("The Group for the Preservation of the Holy Sites", NameType.Alias, "Latn"), alQaida.Aliases);
    }

    [Fact]
    public void Parse_AliasWrappedAfterHyphen_JoinsWithoutSpace()
    {
        var jehad = fixture.ByName("ISLAMIC REVOLUTIONARY GUARD CORPS RESEARCH AND SELF-SUFFICIENCY JEHAD ORGANIZATION");

        Assert.Contains("ISLAMIC REVOLUTIONARY GUARD CORPS SELF-SUFFICIENCY JEHAD ORGANIZATION", jehad.Aliases.Select(alias => alias.Value));
    }

    [Fact]
    public void Parse_RealPdf_MostNamesMatchExcelEdition()
    {
        var excel = new MetiExcelFixture().Result.Parties.Select(party => party.PrimaryName).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unmatched = fixture.Result.Parties.Count(party => !excel.Contains(party.PrimaryName));

        // The 2025-09 edition renamed or removed a few entries of the 2025-01 edition; 9 names differ.
        Assert.Equal(9, unmatched);
    }

    [Theory]
    [InlineData("20250131003-1.pdf", true)]
    [InlineData("20250929_3.pdf", true)]
    [InlineData("meti_end_user_list.pdf", true)]
    [InlineData("20250929_4.xlsx", false)]
    [InlineData("list.pdf", false)]
    public void CanParse_FileName_AcceptsOnlyEndUserListPdf(string fileName, bool expected)
    {
        Assert.Equal(expected, new MetiEndUserListPdfParser().CanParse(fileName, fixture.Content.AsSpan(0, 8)));
    }
}
