using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Rescreening;

namespace PartnerScreening.Jobs.Tests.Rescreening;

public sealed class ListedPartyContentTests
{
    private static readonly ListedParty Harbin = new()
    {
        Source = ListSourceIds.MetiEndUserList,
        SourceEntityId = "541",
        Kind = PartyKind.Organization,
        PrimaryName = "Harbin Institute of Technology (HIT) (哈爾浜工業大学)",
        Aliases = [new PartyName("HIT"), new PartyName("Harbin Gongye Daxue")],
        Countries = [new PartyCountry("CN", "People's Republic of China", "中国")],
        Programs = ["M"],
    };

    [Fact]
    public void Fingerprint_RenumberedAndRetypeset_Unchanged()
    {
        var nextEdition = Harbin with
        {
            SourceEntityId = "602",
            PrimaryName = "Harbin  Institute of Technology (HIT)\n(哈爾浜工業大学)",
            Aliases = [new PartyName("Harbin Gongye Daxue "), new PartyName("ＨＩＴ")],
        };

        Assert.Equal(ListedPartyContent.From(Harbin).Fingerprint(), ListedPartyContent.From(nextEdition).Fingerprint());
        Assert.Equal(ListedPartyKey.For(Harbin), ListedPartyKey.For(nextEdition));
    }

    public static TheoryData<string, ListedParty, string> Changes => new()
    {
        { "conventional weapons flag", Harbin with { ConventionalWeapons = true }, "conventional weapons: no → yes" },
        { "new alias", Harbin with { Aliases = [.. Harbin.Aliases, new PartyName("哈工大")] }, "aliases: +哈工大" },
        { "new programme", Harbin with { Programs = ["M", "N"] }, "programs: +N" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void DescribeChanges_ContentChanged_NamesTheField(string change, ListedParty changed, string expected)
    {
        var before = ListedPartyContent.From(Harbin);
        var after = ListedPartyContent.From(changed);

        Assert.NotEqual(before.Fingerprint(), after.Fingerprint());
        Assert.Equal([expected], after.DescribeChanges(before));
        Assert.False(string.IsNullOrEmpty(change));
    }

    [Fact]
    public void Key_StableIdSource_UsesEntityId()
    {
        var party = new ListedParty { Source = ListSourceIds.UnSecurityCouncil, SourceEntityId = "KPe.001", PrimaryName = "Korea Mining Development Trading Corporation" };

        Assert.Equal("un-sc:id:KPe.001", ListedPartyKey.For(party));
    }

    [Fact]
    public void Key_Meti_UsesNameAndCountry()
    {
        Assert.Equal("meti-eul:name:harbininstituteoftechnologyhit哈爾浜工業大学|CN", ListedPartyKey.For(Harbin));
    }

    [Fact]
    public void FromJson_RoundTrip_KeepsContent()
    {
        var content = ListedPartyContent.From(Harbin);

        var copy = ListedPartyContent.FromJson(content.ToJson());

        Assert.NotNull(copy);
        Assert.Equal(content.Fingerprint(), copy.Fingerprint());
        Assert.Empty(copy.DescribeChanges(content));
    }
}
