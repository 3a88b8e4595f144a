using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using PartnerScreening.Crawling.Fetching;

namespace PartnerScreening.Crawling.Tests.Support;

/// <summary>
/// Resolves made-up host names (www.univ-a.edu.cn …) to addresses the test chooses, normally 127.0.0.1 where the WireMock
/// servers listen; unknown names fail like a DNS miss. This lets scope and redirect tests use distinct domains on one machine.
/// </summary>
public sealed class LoopbackResolver : IHostAddressResolver
{
    private readonly ConcurrentDictionary<string, IPAddress[]> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentBag<string> Lookups { get; } = [];

    public LoopbackResolver Map(string host, params IPAddress[] addresses)
    {
        _hosts[host] = addresses.Length == 0 ? [IPAddress.Loopback] : addresses;
        return this;
    }

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Lookups.Add(host);
        return _hosts.TryGetValue(host, out var addresses)
            ? Task.FromResult(addresses)
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }
}
