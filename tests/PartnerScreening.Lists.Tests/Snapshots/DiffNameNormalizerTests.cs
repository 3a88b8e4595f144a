using PartnerScreening.Lists.Snapshots;

namespace PartnerScreening.Lists.Tests.Snapshots;

public sealed class DiffNameNormalizerTests
{
    [Theory]
    [InlineData("Harbin Institute of Technology (HIT)", "harbin institute of technology hit")]
    [InlineData("  Harbin   Institute\nof Technology（HIT） ", "harbin institute of technology hit")]
    [InlineData("ＫＯＭＩＤ", "komid")]
    [InlineData("Al Qa'ida/Islamic Army", "al qa ida islamic army")]
    [InlineData("朝鮮鉱業開発貿易会社", "朝鮮鉱業開発貿易会社")]
    [InlineData("ｱｲｳ", "アイウ")]
    [InlineData("Рособоронэкспорт", "рособоронэкспорт")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize_VariousNames_FoldsToDiffKey(string? name, string expected)
    {
        Assert.Equal(expected, DiffNameNormalizer.Normalize(name));
    }
}
