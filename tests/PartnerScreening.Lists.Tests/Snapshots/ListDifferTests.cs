using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Snapshots;

namespace PartnerScreening.Lists.Tests.Snapshots;

public sealed class ListDifferTests
{
    [Fact]
    public void Compute_BySourceEntityId_FindsAddedRemovedAndChanged()
    {
        ListedParty[] previous = [Party("1", "Alpha", "CN"), Party("2", "Beta", "IR"), Party("3", "Gamma", "KP")];
        ListedParty[] current =
        [
            Party("1", "Alpha", "CN"),
            Party("2", "Beta", "IR") with { Aliases = [new PartyName("Beta Trading")] },
            Party("4", "Delta", "RU"),
        ];

        var diff = ListDiffer.Compute("us-csl", "old", previous, "new", current, DiffKeyKind.SourceEntityId);

        Assert.Equal("old", diff.PreviousSnapshotId);
        Assert.Equal("new", diff.SnapshotId);
        Assert.Equal([new ListDiffEntry("4", "Delta")], diff.Added);
        Assert.Equal([new ListDiffEntry("3", "Gamma")], diff.Removed);
        var change = Assert.Single(diff.Changed);
        Assert.Equal("2", change.SourceEntityId);
        Assert.Equal(["aliases"], change.Fields);
    }

    [Fact]
    public void Compute_MetiRenumbered_PairsByNameAndCountry()
    {
        // METI renumbers every edition: No. 352 in one edition may be No. 360 in the next.
        ListedParty[] previous = [Party("352", "Korea Mining Development Trading Corporation (KOMID)", "KP"), Party("10", "Old Entry", "IR")];
        ListedParty[] current =
        [
            Party("1", "New Entry", "CN"),
            Party("360", "Korea  Mining Development Trading Corporation（KOMID）", "KP"),
        ];

        var diff = ListDiffer.Compute("meti-eul", "old", previous, "new", current, DiffKeyKind.NameAndCountry);

        Assert.Equal([new ListDiffEntry("1", "New Entry")], diff.Added);
        Assert.Equal([new ListDiffEntry("10", "Old Entry")], diff.Removed);
        var change = Assert.Single(diff.Changed);
        Assert.Equal("352", change.PreviousSourceEntityId);
        Assert.Equal("360", change.SourceEntityId);
        Assert.Equal(["primaryName"], change.Fields);
    }

    [Fact]
    public void Compute_SameNameDifferentCountry_AreDifferentEntries()
    {
        ListedParty[] previous = [Party("1", "Shared Name", "IR")];
        ListedParty[] current = [Party("1", "Shared Name", "SY")];

        var diff = ListDiffer.Compute("meti-eul", "old", previous, "new", current, DiffKeyKind.NameAndCountry);

        Assert.Single(diff.Added);
        Assert.Single(diff.Removed);
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void Compute_DuplicateKeys_KeepsBothEntries()
    {
        ListedParty[] previous = [Party("1", "Twin", "IR")];
        ListedParty[] current = [Party("1", "Twin", "IR"), Party("2", "Twin", "IR")];

        var diff = ListDiffer.Compute("meti-eul", "old", previous, "new", current, DiffKeyKind.NameAndCountry);

        Assert.Equal([new ListDiffEntry("2", "Twin")], diff.Added);
        Assert.Empty(diff.Removed);
    }

    [Fact]
    public void Compute_NoPreviousSnapshot_AddsEverything()
    {
        ListedParty[] current = [Party("1", "Alpha", "CN"), Party("2", "Beta", "IR")];

        var diff = ListDiffer.Compute("un-sc", null, [], "new", current, DiffKeyKind.SourceEntityId);

        Assert.Null(diff.PreviousSnapshotId);
        Assert.Equal(2, diff.Added.Count);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Changed);
    }

    [Theory]
    [InlineData("meti-eul", DiffKeyKind.NameAndCountry)]
    [InlineData("us-csl", DiffKeyKind.SourceEntityId)]
    [InlineData("un-sc", DiffKeyKind.SourceEntityId)]
    public void DiffKeyDefaults_For_MetiOnlyByName(string source, DiffKeyKind expected)
    {
        Assert.Equal(expected, DiffKeyDefaults.For(source));
    }

    private static ListedParty Party(string id, string name, string country) => new()
    {
        Source = "test",
        SourceEntityId = id,
        PrimaryName = name,
        Countries = [new PartyCountry(country)],
    };
}
