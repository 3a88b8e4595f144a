using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PartnerScreening.Crawling.Tests;

public sealed class CrawlingOptionsTests
{
    private static IOptions<CrawlingOptions> Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPartnerScreeningCrawling(configuration);
        return services.BuildServiceProvider().GetRequiredService<IOptions<CrawlingOptions>>();
    }

    [Fact]
    public void Validate_SeveralBadSettings_ReportsEveryFailure()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Crawling:ContactUrl"] = "not a url",
            ["Crawling:MaxPagesPerPartner"] = "0",
            ["Crawling:MaxRobotsBytes"] = "1000",
            ["Crawling:RobotsCacheDuration"] = "2.00:00:00",
            ["Crawling:ProductToken"] = "Partner Screening/Bot",
        });

        var exception = Assert.Throws<OptionsValidationException>(() => options.Value);

        Assert.Contains(exception.Failures, f => f.Contains("ContactUrl", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("MaxPagesPerPartner", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("MaxRobotsBytes", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("RobotsCacheDuration", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("ProductToken", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("set together", StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_WithContact_AreValidAndPolite()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Crawling:ContactUrl"] = "https://export-control.example.ac.jp/crawler",
            ["Crawling:ContactEmail"] = "export-control@example.ac.jp",
        }).Value;

        Assert.False(options.AllowLoopback);
        Assert.Equal(TimeSpan.FromSeconds(3), options.MinimumDelay);
        Assert.Equal(512 * 1024, options.MaxRobotsBytes);
        Assert.Equal("PartnerScreeningBot/1.0 (+https://export-control.example.ac.jp/crawler; mailto:export-control@example.ac.jp)", options.UserAgent);
    }
}
