using System.Net;
using System.Net.Sockets;

namespace PartnerScreening.Crawling.Fetching;

/// <summary>Special-purpose address ranges the crawler rejects (IANA IPv4 and IPv6 special-purpose registries).</summary>
public enum SpecialAddressRange
{
    None,
    Unspecified,
    Loopback,
    Private,
    CarrierGradeNat,
    LinkLocal,
    CloudMetadata,
    Multicast,
    UniqueLocal,
    Reserved,
}

/// <summary>Classifies IP addresses into <see cref="SpecialAddressRange"/> values.</summary>
public static class AddressRanges
{
    private static readonly (IPNetwork Network, SpecialAddressRange Range)[] V4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), SpecialAddressRange.Unspecified),
        (IPNetwork.Parse("10.0.0.0/8"), SpecialAddressRange.Private),
        // Alibaba Cloud's metadata service sits inside the carrier-grade NAT range, so it is listed first.
        (IPNetwork.Parse("100.100.100.200/32"), SpecialAddressRange.CloudMetadata),
        (IPNetwork.Parse("100.64.0.0/10"), SpecialAddressRange.CarrierGradeNat),
        (IPNetwork.Parse("127.0.0.0/8"), SpecialAddressRange.Loopback),
        (IPNetwork.Parse("169.254.169.254/32"), SpecialAddressRange.CloudMetadata),
        (IPNetwork.Parse("169.254.0.0/16"), SpecialAddressRange.LinkLocal),
        (IPNetwork.Parse("172.16.0.0/12"), SpecialAddressRange.Private),
        (IPNetwork.Parse("192.0.0.0/24"), SpecialAddressRange.Reserved),
        (IPNetwork.Parse("192.0.2.0/24"), SpecialAddressRange.Reserved),
        (IPNetwork.Parse("192.88.99.0/24"), SpecialAddressRange.Reserved),
        (IPNetwork.Parse("192.168.0.0/16"), SpecialAddressRange.Private),
        (IPNetwork.Parse("198.18.0.0/15"), SpecialAddressRange.Reserved),
        (IPNetwork.Parse("198.51.100.0/24"), SpecialAddressRange.Reserved),
        (IPNetwork.Parse("203.0.113.0/24"), SpecialAddressRange.Reserved),
        (IPNetwork.Parse("224.0.0.0/4"), SpecialAddressRange.Multicast),
        (IPNetwork.Parse("240.0.0.0/4"), SpecialAddressRange.Reserved),
    ];

    private static readonly (IPNetwork Network, SpecialAddressRange Range)[] V6 =
    [
        (IPNetwork.Parse("::/128"), SpecialAddressRange.Unspecified),
        (IPNetwork.Parse("::1/128"), SpecialAddressRange.Loopback),
        // AWS's IPv6 metadata endpoint lies inside the unique-local range, so it is listed first.
        (IPNetwork.Parse("fd00:ec2::254/128"), SpecialAddressRange.CloudMetadata),
        (IPNetwork.Parse("fc00::/7"), SpecialAddressRange.UniqueLocal),
        (IPNetwork.Parse("fe80::/10"), SpecialAddressRange.LinkLocal),
        (IPNetwork.Parse("fec0::/10"), SpecialAddressRange.Private),
        (IPNetwork.Parse("ff00::/8"), SpecialAddressRange.Multicast),
        (IPNetwork.Parse("100::/64"), SpecialAddressRange.Reserved),
        (IPNetwork.Parse("2001::/32"), SpecialAddressRange.Reserved),
        (IPNetwork.Parse("2001:db8::/32"), SpecialAddressRange.Reserved),
        (IPNetwork.Parse("::/96"), SpecialAddressRange.Reserved),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    public static SpecialAddressRange Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return Classify(address.MapToIPv4());
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Find(V4, address);
        }

        // NAT64 and 6to4 addresses carry an IPv4 address that the packets finally reach, so that address decides.
        if (Nat64.Contains(address))
        {
            return Classify(new IPAddress(address.GetAddressBytes()[12..]));
        }

        if (SixToFour.Contains(address))
        {
            return Classify(new IPAddress(address.GetAddressBytes()[2..6]));
        }

        return Find(V6, address);
    }

    public static string Describe(SpecialAddressRange range) => range switch
    {
        SpecialAddressRange.None => "public",
        SpecialAddressRange.Unspecified => "unspecified",
        SpecialAddressRange.Loopback => "loopback",
        SpecialAddressRange.Private => "private",
        SpecialAddressRange.CarrierGradeNat => "carrier-grade NAT",
        SpecialAddressRange.LinkLocal => "link-local",
        SpecialAddressRange.CloudMetadata => "cloud metadata",
        SpecialAddressRange.Multicast => "multicast",
        SpecialAddressRange.UniqueLocal => "unique-local IPv6",
        SpecialAddressRange.Reserved => "reserved or documentation",
    };

    private static SpecialAddressRange Find((IPNetwork Network, SpecialAddressRange Range)[] table, IPAddress address)
    {
        foreach (var (network, range) in table)
        {
            if (network.Contains(address))
            {
                return range;
            }
        }

        return SpecialAddressRange.None;
    }
}
