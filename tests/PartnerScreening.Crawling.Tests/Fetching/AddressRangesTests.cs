using System.Net;
using PartnerScreening.Crawling.Fetching;

namespace PartnerScreening.Crawling.Tests.Fetching;

public sealed class AddressRangesTests
{
    [Theory]
    [InlineData("127.0.0.1", SpecialAddressRange.Loopback)]
    [InlineData("127.255.0.7", SpecialAddressRange.Loopback)]
    [InlineData("::1", SpecialAddressRange.Loopback)]
    [InlineData("::ffff:127.0.0.1", SpecialAddressRange.Loopback)]
    [InlineData("10.0.0.1", SpecialAddressRange.Private)]
    [InlineData("172.16.0.1", SpecialAddressRange.Private)]
    [InlineData("172.31.255.254", SpecialAddressRange.Private)]
    [InlineData("192.168.1.1", SpecialAddressRange.Private)]
    [InlineData("::ffff:10.1.2.3", SpecialAddressRange.Private)]
    [InlineData("169.254.1.1", SpecialAddressRange.LinkLocal)]
    [InlineData("fe80::1", SpecialAddressRange.LinkLocal)]
    [InlineData("169.254.169.254", SpecialAddressRange.CloudMetadata)]
    [InlineData("100.100.100.200", SpecialAddressRange.CloudMetadata)]
    [InlineData("fd00:ec2::254", SpecialAddressRange.CloudMetadata)]
    [InlineData("100.64.0.1", SpecialAddressRange.CarrierGradeNat)]
    [InlineData("100.127.255.255", SpecialAddressRange.CarrierGradeNat)]
    [InlineData("224.0.0.1", SpecialAddressRange.Multicast)]
    [InlineData("ff02::1", SpecialAddressRange.Multicast)]
    [InlineData("fc00::1", SpecialAddressRange.UniqueLocal)]
    [InlineData("fd12:3456::1", SpecialAddressRange.UniqueLocal)]
    [InlineData("0.0.0.0", SpecialAddressRange.Unspecified)]
    [InlineData("::", SpecialAddressRange.Unspecified)]
    [InlineData("255.255.255.255", SpecialAddressRange.Reserved)]
    [InlineData("192.0.2.10", SpecialAddressRange.Reserved)]
    [InlineData("2001:db8::1", SpecialAddressRange.Reserved)]
    // NAT64 and 6to4 addresses are judged by the IPv4 address inside them.
    [InlineData("64:ff9b::a00:1", SpecialAddressRange.Private)]
    [InlineData("2002:a9fe:a9fe::1", SpecialAddressRange.CloudMetadata)]
    // Public addresses, including the edges next to private ranges.
    [InlineData("8.8.8.8", SpecialAddressRange.None)]
    [InlineData("172.32.0.1", SpecialAddressRange.None)]
    [InlineData("100.128.0.1", SpecialAddressRange.None)]
    [InlineData("64:ff9b::808:808", SpecialAddressRange.None)]
    [InlineData("2400:cb00::1", SpecialAddressRange.None)]
    public void Classify_Address_ReturnsRange(string address, SpecialAddressRange expected)
    {
        Assert.Equal(expected, AddressRanges.Classify(IPAddress.Parse(address)));
    }
}
