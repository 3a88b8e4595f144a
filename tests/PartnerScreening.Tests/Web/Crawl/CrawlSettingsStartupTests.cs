using Microsoft.Extensions.Options;

namespace PartnerScreening.Tests.Web.Crawl;

public sealed class CrawlSettingsStartupTests
{
    [Theory]
    [InlineData("Crawling:ContactEmail", "export-control.example.ac.jp")]
    [InlineData("Crawling:ContactEmail", "Export office <export-control@example.ac.jp>")]
    [InlineData("Crawling:ContactUrl", "ftp://export-control.example.ac.jp/crawler")]
    [InlineData("Crawling:ContactUrl", "/crawler")]
    public void Serve_InvalidContactSetting_FailsNamingSettingAndValue(string setting, string value)
    {
        var settings = CrawlFixtureSite.CrawlerSettings();
        settings[setting] = value;
        using var factory = new PartnerScreeningFactory(settings);

        var exception = Assert.Throws<OptionsValidationException>(() => factory.Server);

        Assert.Contains(exception.Failures, failure => failure.Contains(setting, StringComparison.Ordinal) && failure.Contains($"'{value}'", StringComparison.Ordinal));
    }

    [Fact]
    public void Serve_ContactUrlWithoutEmail_FailsNamingBoth()
    {
        var settings = CrawlFixtureSite.CrawlerSettings();
        settings["Crawling:ContactEmail"] = null;
        using var factory = new PartnerScreeningFactory(settings);

        var exception = Assert.Throws<OptionsValidationException>(() => factory.Server);

        Assert.Contains(exception.Failures, failure => failure.Contains("Crawling:ContactUrl and Crawling:ContactEmail must be set together", StringComparison.Ordinal));
    }
}
