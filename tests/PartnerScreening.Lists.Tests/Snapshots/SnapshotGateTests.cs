using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Snapshots;

namespace PartnerScreening.Lists.Tests.Snapshots;

public sealed class SnapshotGateTests
{
    private static readonly ListSnapshot InForce = new()
    {
        Id = "meti-eul-20251009000000-27ff3c7a",
        Source = "meti-eul",
        Sha256 = new string('a', 64),
        FetchedAt = new DateTimeOffset(2025, 10, 9, 0, 0, 0, TimeSpan.Zero),
        RecordCount = 835,
        ParserVersion = "1",
    };

    [Theory]
    [InlineData(835, true)]
    [InlineData(900, true)]
    [InlineData(668, true)]
    [InlineData(667, false)]
    [InlineData(1, false)]
    public void Check_RecordCountAgainstInForce_AcceptsAtLeastEightyPercent(int recordCount, bool accepted)
    {
        var reason = SnapshotGate.Check("meti-eul", "list.xlsx", recordCount, InForce, 0.8);

        Assert.Equal(accepted, reason is null);
    }

    [Fact]
    public void Check_FewerRecords_ReasonNamesSourceFileCountsAndSetting()
    {
        var reason = SnapshotGate.Check("meti-eul", "list.xlsx", 100, InForce, 0.8);

        Assert.NotNull(reason);
        Assert.Contains("meti-eul", reason);
        Assert.Contains("'list.xlsx'", reason);
        Assert.Contains("100 records", reason);
        Assert.Contains("80 %", reason);
        Assert.Contains(InForce.Id, reason);
        Assert.Contains("MinimumRecordRatio", reason);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_NoRecords_Rejected(bool hasInForce)
    {
        var reason = SnapshotGate.Check("meti-eul", "list.xlsx", 0, hasInForce ? InForce : null, 0.8);

        Assert.NotNull(reason);
        Assert.Contains("no records", reason);
    }

    [Fact]
    public void Check_FirstSnapshot_AcceptsAnyNonEmptyCount()
    {
        Assert.Null(SnapshotGate.Check("meti-eul", "list.xlsx", 1, null, 0.8));
    }
}
