using System.Net;
using PartnerScreening.Crawling.Fetching;
using PartnerScreening.Crawling.Tests.Support;

namespace PartnerScreening.Crawling.Tests.Fetching;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("fd00::1")]
    [InlineData("100.64.1.1")]
    public async Task ResolveAndCheck_HostOnRejectedAddress_Throws(string address)
    {
        using var host = CrawlerTestHost.Create();
        host.Resolver.Map("intranet.univ-a.edu.cn", IPAddress.Parse(address));

        var exception = await Assert.ThrowsAsync<AddressRejectedException>(
            () => host.Get<AddressGuard>().ResolveAndCheckAsync("intranet.univ-a.edu.cn", TestContext.Current.CancellationToken));

        Assert.Equal(IPAddress.Parse(address), exception.Address);
    }

    [Fact]
    public async Task ResolveAndCheck_OnePublicOnePrivate_RejectsHost()
    {
        using var host = CrawlerTestHost.Create();
        host.Resolver.Map("mixed.univ-a.edu.cn", IPAddress.Parse("203.119.0.1"), IPAddress.Parse("192.168.0.5"));

        await Assert.ThrowsAsync<AddressRejectedException>(
            () => host.Get<AddressGuard>().ResolveAndCheckAsync("mixed.univ-a.edu.cn", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ResolveAndCheck_LoopbackWithoutOptIn_Throws()
    {
        using var host = CrawlerTestHost.Create(new Dictionary<string, string?> { ["Crawling:AllowLoopback"] = "false" });
        host.Resolver.Map("www.univ-a.edu.cn");

        await Assert.ThrowsAsync<AddressRejectedException>(
            () => host.Get<AddressGuard>().ResolveAndCheckAsync("www.univ-a.edu.cn", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ResolveAndCheck_LoopbackWithOptIn_ReturnsAddress()
    {
        using var host = CrawlerTestHost.Create();
        host.Resolver.Map("www.univ-a.edu.cn");

        var addresses = await host.Get<AddressGuard>().ResolveAndCheckAsync("www.univ-a.edu.cn", TestContext.Current.CancellationToken);

        Assert.Equal([IPAddress.Loopback], addresses);
    }

    [Fact]
    public async Task HttpClient_HostResolvingToPrivateAddress_RejectedInConnectCallback()
    {
        // The connect callback resolves again by itself, so a name that turns private after the first check still fails.
        using var host = CrawlerTestHost.Create();
        host.Resolver.Map("rebind.univ-a.edu.cn", IPAddress.Parse("10.0.0.1"));
        var client = host.Get<IHttpClientFactory>().CreateClient(CrawlerHttpClient.ClientName);

        var exception = await Assert.ThrowsAsync<HttpRequestException>(
            () => client.GetAsync(new Uri("http://rebind.univ-a.edu.cn:8080/"), TestContext.Current.CancellationToken));

        Assert.IsType<AddressRejectedException>(exception.InnerException);
    }
}
