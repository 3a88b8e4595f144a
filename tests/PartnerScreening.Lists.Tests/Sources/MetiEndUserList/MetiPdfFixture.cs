using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.MetiEndUserList;
using PartnerScreening.Testing;

namespace PartnerScreening.Lists.Tests.Sources.MetiEndUserList;

/// <summary>The real PDF edition of 2025-01-31, parsed once for all tests of the class.</summary>
public sealed class MetiPdfFixture
{
    public const string FileName = "20250131003-1.pdf";

    public MetiPdfFixture()
    {
        Content = File.ReadAllBytes(SharedPaths.List("meti-eul", FileName));
        Result = new MetiEndUserListPdfParser().Parse(new ListFileSet(FileName, Content), CancellationToken.None);
        ByNumber = Result.Parties.ToDictionary(party => party.SourceEntityId);
    }

    public byte[] Content { get; }

    public ParsedList Result { get; }

    public IReadOnlyDictionary<string, ListedParty> ByNumber { get; }

    public ListedParty ByName(string primaryName) => Result.Parties.Single(party => party.PrimaryName == primaryName);
}
