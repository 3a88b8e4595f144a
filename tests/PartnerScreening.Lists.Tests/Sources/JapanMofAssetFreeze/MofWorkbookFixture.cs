using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.JapanMofAssetFreeze;
using PartnerScreening.Testing;

namespace PartnerScreening.Lists.Tests.Sources.JapanMofAssetFreeze;

/// <summary>The real MOF workbook of 2026-03-05, parsed once for all tests of the class.</summary>
public sealed class MofWorkbookFixture
{
    public const string FileName = "shisantouketsu20260305.xlsx";

    public MofWorkbookFixture()
    {
        Path = SharedPaths.List("jp-mof-asset-freeze", FileName);
        Content = File.ReadAllBytes(Path);
        Result = new JapanMofAssetFreezeParser().Parse(new ListFileSet(FileName, Content), CancellationToken.None);
        ById = Result.Parties.ToDictionary(party => party.SourceEntityId);
    }

    public string Path { get; }

    public byte[] Content { get; }

    public ParsedList Result { get; }

    public IReadOnlyDictionary<string, ListedParty> ById { get; }
}
