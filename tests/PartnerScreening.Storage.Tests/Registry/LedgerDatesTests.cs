using PartnerScreening.Storage.Registry.Import;

namespace PartnerScreening.Storage.Tests.Registry;

public sealed class LedgerDatesTests
{
    [Theory]
    [InlineData("2025-04-01", 2025, 4, 1)]
    [InlineData("2025/4/1", 2025, 4, 1)]
    [InlineData("2025.04.01", 2025, 4, 1)]
    [InlineData("２０２５年４月１日", 2025, 4, 1)]
    [InlineData("20250401", 2025, 4, 1)]
    [InlineData("令和7年4月1日", 2025, 4, 1)]
    [InlineData("令和元年5月1日", 2019, 5, 1)]
    [InlineData("R7.4.1", 2025, 4, 1)]
    [InlineData("H31/4/30", 2019, 4, 30)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void TryParse_KnownForm_ReturnsDate(string text, int year, int month, int day)
    {
        Assert.True(LedgerDates.TryParse(text, out var date, out _, out _));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-13-01")]
    [InlineData("令和7年2月30日")]
    public void TryParse_ImpossibleDate_SaysItDoesNotExist(string text)
    {
        Assert.False(LedgerDates.TryParse(text, out _, out var problemJa, out var problemEn));
        Assert.Contains("存在しない", problemJa, StringComparison.Ordinal);
        Assert.Contains(text.Normalize(System.Text.NormalizationForm.FormKC), problemEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4/1/2025")]
    [InlineData("next spring")]
    [InlineData("2025年度")]
    public void TryParse_UnknownForm_NamesTheAcceptedForms(string text)
    {
        Assert.False(LedgerDates.TryParse(text, out _, out _, out var problemEn));
        Assert.Contains("YYYY-MM-DD", problemEn, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ExcelDateCell_ReturnsDate()
    {
        Assert.True(LedgerDates.TryParse(new DateTime(2025, 4, 1), out var date, out _, out _));
        Assert.Equal(new DateOnly(2025, 4, 1), date);
    }
}
