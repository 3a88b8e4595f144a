namespace PartnerScreening.UiTests;

/// <summary>
/// The registry and crawl flows share one server, because each start ingests the METI list and builds the name index. The
/// tests in this collection run one after another, and each works on partners with names of its own, so they
/// assert only on their own records.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RegistryUiCollection : ICollectionFixture<UiServer>
{
    public const string Name = "registry-ui";
}
