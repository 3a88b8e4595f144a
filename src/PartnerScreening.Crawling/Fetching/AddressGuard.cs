using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace PartnerScreening.Crawling.Fetching;

/// <summary>
/// Resolves host names and rejects addresses the crawler must never connect to: loopback (unless
/// <see cref="CrawlingOptions.AllowLoopback"/>), private, link-local, carrier-grade NAT, multicast, unique-local IPv6,
/// cloud metadata and other special-purpose ranges. A host with any rejected address is rejected as a whole.
/// </summary>
public sealed class AddressGuard(IHostAddressResolver resolver, IOptions<CrawlingOptions> options)
{
    /// <summary>Resolves <paramref name="host"/> and returns its addresses, or throws <see cref="AddressRejectedException"/>.</summary>
    public async Task<IPAddress[]> ResolveAndCheckAsync(string host, CancellationToken cancellationToken)
    {
        var name = host.Trim('[', ']');
        var addresses = IPAddress.TryParse(name, out var literal)
            ? [literal]
            : await resolver.ResolveAsync(name, cancellationToken).ConfigureAwait(false);

        if (addresses.Length == 0)
        {
            throw new AddressRejectedException(host, null, "the host name resolved to no address");
        }

        foreach (var address in addresses)
        {
            var range = AddressRanges.Classify(address);
            if (range == SpecialAddressRange.None || (range == SpecialAddressRange.Loopback && options.Value.AllowLoopback))
            {
                continue;
            }

            throw new AddressRejectedException(host, address, $"{address} is a {AddressRanges.Describe(range)} address");
        }

        return addresses;
    }

    /// <summary>
    /// A <see cref="SocketsHttpHandler.ConnectCallback"/> that resolves and checks the host itself and connects only to
    /// the checked addresses, so a DNS answer that changes between check and connect cannot reach a rejected address.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = await ResolveAndCheckAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>Thrown when a host resolves to an address the crawler must not connect to.</summary>
public sealed class AddressRejectedException(string host, IPAddress? address, string reason)
    : Exception($"Connection to '{host}' rejected: {reason}.")
{
    public string Host { get; } = host;

    public IPAddress? Address { get; } = address;

    public string Reason { get; } = reason;
}
