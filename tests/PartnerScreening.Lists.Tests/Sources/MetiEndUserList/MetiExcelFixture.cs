using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.MetiEndUserList;
using PartnerScreening.Testing;

namespace PartnerScreening.Lists.Tests.Sources.MetiEndUserList;

/// <summary>The real 2025-09-29 Excel edition, parsed once for all tests of the class.</summary>
public sealed class MetiExcelFixture
{
    public const string FileName = "20250929_4.xlsx";

    public MetiExcelFixture()
    {
        Path = SharedPaths.List("meti-eul", FileName);
        Content = File.ReadAllBytes(Path);
        Result = new MetiEndUserListExcelParser().Parse(new ListFileSet(FileName, Content), CancellationToken.None);
        ByNumber = Result.Parties.ToDictionary(party => party.SourceEntityId);
    }

    public string Path { get; }

    public byte[] Content { get; }

    public ParsedList Result { get; }

    public IReadOnlyDictionary<string, ListedParty> ByNumber { get; }
}
