using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.UsDod1260H;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.UsDod1260H;

public sealed class Dod1260HParserTests
{
    private static readonly Lazy<ParsedList> RealResult = new(() =>
        new Dod1260HParser().Parse(RealListFiles.Load("us-dod-1260h", "sanctions.csv"), CancellationToken.None));

    private static ListedParty Single(string id) => RealResult.Value.Parties.Single(party => party.SourceEntityId == id);

    [Fact]
    public void Parse_RealFile_KeepsCompaniesStillListed()
    {
        // 215 distinct clean names are still listed; six companies among them are spelt two ways ("Co., Ltd." and "Co. Ltd.").
        Assert.Equal(209, RealResult.Value.Parties.Count);
        Assert.Equal(new DateOnly(2026, 6, 8), RealResult.Value.Edition);
        Assert.All(RealResult.Value.Parties, party => Assert.Equal(["Section 1260H"], party.Programs));
    }

    [Fact]
    public void Parse_Huawei_ReadsAliasParentAndListing()
    {
        var huawei = Single("huawei-technologies-co-ltd");

        Assert.Equal("Huawei Technologies Co., Ltd.", huawei.PrimaryName);
        Assert.Equal(PartyKind.Organization, huawei.Kind);
        Assert.Contains(new PartyName("Huawei", NameType.Alias, "Latn"), huawei.Aliases);
        Assert.Contains(new PartyDate("listed", "2021-06-03"), huawei.Dates);
        Assert.Contains("Parent: Huawei Investment & Holding Co., Ltd.", huawei.Remarks);
    }

    [Fact]
    public void Parse_CompanyListedSeveralTimes_KeepsEveryPeriod()
    {
        var qihoo = Single("360-security-technology-inc");

        Assert.Equal(["2022-10-05", "2025-01-07", "2026-06-08"], qihoo.Dates.Where(date => date.Type == "listed").Select(date => date.Value));
        Assert.Contains("Ministry of State Security", qihoo.Remarks);
        Assert.Contains(new PartyName("Qihoo 360", NameType.Alias, "Latn"), qihoo.Aliases);
    }

    [Fact]
    public void Parse_RemovedCompany_IsLeftOut()
    {
        Assert.DoesNotContain(RealResult.Value.Parties, party => party.SourceEntityId == "beijing-megvii-technology-co-ltd");
    }

    [Fact]
    public void Parse_AliasesJoinedByComma_AreSplitButCompanyFormsKept()
    {
        var aliases = RealResult.Value.Parties.SelectMany(party => party.Aliases).Select(alias => alias.Value).ToArray();

        Assert.Contains("Knownsec", aliases);
        Assert.Contains("Beijing Kownsec", aliases);
        Assert.Contains("China Avionics Systems Co., Ltd.", aliases);
    }

    [Fact]
    public void Parse_WrongHeader_NamesExpectedColumns()
    {
        var exception = Assert.Throws<ListFormatException>(() => new Dod1260HParser().Parse(RealListFiles.FromText("sanctions.csv", "company,date\nX,2021-01-01\n"), CancellationToken.None));

        Assert.Contains("expected the columns Name, Clean Name, Alias, Previous Name", exception.Message);
    }

    [Fact]
    public void Parse_HtmlPage_ReportsHtml()
    {
        var exception = Assert.Throws<ListFormatException>(() => new Dod1260HParser().Parse(RealListFiles.FromText("sanctions.csv", RealListFiles.HtmlErrorPage), CancellationToken.None));

        Assert.Contains("the file is an HTML page", exception.Message);
    }

    [Fact]
    public void Parse_SpellingVariants_AreOneCompany()
    {
        var addsino = Single("addsino-co-ltd");

        Assert.Equal("Addsino Co., Ltd.", addsino.PrimaryName);
        Assert.Equal(["2025-01-07", "2026-06-08"], addsino.Dates.Where(date => date.Type == "listed").Select(date => date.Value));
    }

    [Theory]
    [InlineData("Huawei Technologies Co., Ltd.", "huawei-technologies-co-ltd")]
    [InlineData("AVIC Xi’an Aircraft Industry Group Company Ltd.", "avic-xi-an-aircraft-industry-group-company-ltd")]
    public void EntityId_CleanName_IsLowerCaseSlug(string cleanName, string expected)
    {
        Assert.Equal(expected, Dod1260HParser.EntityId(cleanName));
    }
}
