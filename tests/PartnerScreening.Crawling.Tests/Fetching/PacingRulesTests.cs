using System.Net;
using PartnerScreening.Crawling.Fetching;

namespace PartnerScreening.Crawling.Tests.Fetching;

public sealed class PacingRulesTests
{
    private static CrawlingOptions Options() => new()
    {
        MinimumDelay = TimeSpan.FromSeconds(3),
        ResponseTimeFactor = 2,
        CrawlDelayCap = TimeSpan.FromSeconds(60),
        BackoffBase = TimeSpan.FromSeconds(30),
        BackoffCap = TimeSpan.FromMinutes(10),
    };

    [Theory]
    // The larger of the minimum (3 s), Crawl-delay (capped at 60 s) and twice the response time.
    [InlineData(null, 0.5, 3)]
    [InlineData(10.0, 0.5, 10)]
    [InlineData(600.0, 0.5, 60)]
    [InlineData(null, 4.0, 8)]
    [InlineData(5.0, 4.0, 8)]
    public void NextDelay_Success_TakesLargestRule(double? crawlDelaySeconds, double responseSeconds, double expectedSeconds)
    {
        var crawlDelay = crawlDelaySeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;

        var (delay, exceeds) = PacingRules.NextDelay(Options(), crawlDelay, TimeSpan.FromSeconds(responseSeconds), HttpStatusCode.OK, null, 0);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
        Assert.False(exceeds);
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(1, 60)]
    [InlineData(3, 240)]
    public void NextDelay_TooManyRequestsWithoutRetryAfter_BacksOffExponentially(int backoffCount, double expectedSeconds)
    {
        var (delay, _) = PacingRules.NextDelay(Options(), null, TimeSpan.Zero, HttpStatusCode.TooManyRequests, null, backoffCount);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Fact]
    public void NextDelay_ServiceUnavailableWithRetryAfter_WaitsRetryAfter()
    {
        var (delay, exceeds) = PacingRules.NextDelay(Options(), null, TimeSpan.Zero, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(120), 0);

        Assert.Equal(TimeSpan.FromSeconds(120), delay);
        Assert.False(exceeds);
    }

    [Fact]
    public void NextDelay_RetryAfterBeyondCap_GivesHostUp()
    {
        var (_, exceeds) = PacingRules.NextDelay(Options(), null, TimeSpan.Zero, HttpStatusCode.ServiceUnavailable, TimeSpan.FromHours(2), 0);

        Assert.True(exceeds);
    }
}
