using PartnerScreening.Lists.Sources.MetiEndUserList;
using PartnerScreening.Lists.Text;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.MetiEndUserList;

public sealed class MetiCategoriesTests
{
    [Theory]
    [InlineData("生物、化学、ミサイル、核\nB,C,M,N", "B,C,M,N")]
    [InlineData("ミサイルM", "M")]
    [InlineData("ミサイル、核\nM、N", "M,N")]
    [InlineData("核\nＮ", "N")]
    [InlineData("核\nN ", "N")]
    [InlineData("化学\nC", "C")]
    [InlineData("ミサイル、核", "M,N")]
    [InlineData("化学\nC,M", "C,M")]
    public void ParseWmd_RealSpellings_ReturnsCodes(string cell, string expected)
    {
        var (codes, problem) = MetiCategories.ParseWmd(CellText.Normalize(cell));

        Assert.Equal(expected, string.Join(",", codes));
        Assert.Null(problem);
    }

    [Fact]
    public void ParseWmd_EmptyCell_ReturnsNoCodes()
    {
        var (codes, problem) = MetiCategories.ParseWmd(string.Empty);

        Assert.Empty(codes);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("ミサイル\nM,X", "unknown WMD category 'X'")]
    [InlineData("生物、核\nN", "name more categories")]
    [InlineData("その他", "neither category codes nor category words")]
    public void ParseWmd_IrregularCell_ReportsProblem(string cell, string expectedProblem)
    {
        var (_, problem) = MetiCategories.ParseWmd(CellText.Normalize(cell));

        Assert.NotNull(problem);
        Assert.Contains(expectedProblem, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("通常兵器\nCW", true, false)]
    [InlineData("", false, false)]
    [InlineData("○", true, true)]
    public void ParseConventionalWeapons_Cell_SetsFlag(string cell, bool expectedFlag, bool expectedProblem)
    {
        var (flag, problem) = MetiCategories.ParseConventionalWeapons(CellText.Normalize(cell));

        Assert.Equal(expectedFlag, flag);
        Assert.Equal(expectedProblem, problem is not null);
    }
}
