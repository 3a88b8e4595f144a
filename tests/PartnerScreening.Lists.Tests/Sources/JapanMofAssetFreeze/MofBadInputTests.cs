using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.JapanMofAssetFreeze;
using PartnerScreening.Testing;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.JapanMofAssetFreeze;

public sealed class MofBadInputTests
{
    [Fact]
    public void Parse_RandomBytes_ThrowsNamingSourceAndFile()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var exception = Assert.Throws<ListFormatException>(() => Parse("shisantouketsu20260305.xlsx", bytes));

        Assert.Equal(ListSourceIds.JapanMofAssetFreeze, exception.ListSource);
        Assert.Equal("shisantouketsu20260305.xlsx", exception.FileName);
    }

    [Fact]
    public void Parse_TruncatedWorkbook_ThrowsNamingSourceAndFile()
    {
        var content = File.ReadAllBytes(SharedPaths.List("jp-mof-asset-freeze", "shisantouketsu20260305.xlsx"));

        var exception = Assert.Throws<ListFormatException>(() => Parse("truncated.xlsx", content[..(content.Length / 3)]));

        Assert.Equal(ListSourceIds.JapanMofAssetFreeze, exception.ListSource);
        Assert.Equal("truncated.xlsx", exception.FileName);
    }

    [Fact]
    public void Parse_MetiWorkbook_ThrowsNoRegimeSheet()
    {
        var content = File.ReadAllBytes(SharedPaths.List("meti-eul", "20250929_4.xlsx"));

        var exception = Assert.Throws<ListFormatException>(() => Parse("20250929_4.xlsx", content));

        Assert.Contains("regime sheet", exception.Problem, StringComparison.Ordinal);
    }

    private static ParsedList Parse(string fileName, byte[] content) =>
        new JapanMofAssetFreezeParser().Parse(new ListFileSet(fileName, content), CancellationToken.None);
}
