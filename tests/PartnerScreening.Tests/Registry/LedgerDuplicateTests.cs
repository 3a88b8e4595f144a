using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Storage.Registry.Import;
using PartnerScreening.Tests.Web;

namespace PartnerScreening.Tests.Registry;

// Imports ledgers through the importer of the real app, whose name key is the matcher's normalisation.
public sealed class LedgerDuplicateTests : IDisposable
{
    private const string Header = "機関名,国,種別,契約種別,部局,担当研究者,開始日,終了日";

    private readonly PartnerScreeningFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Preview_TraditionalSpellingOfRegistered_WarnsPossibleDuplicate()
    {
        var first = await ImportAsync("哈尔滨工业大学,CN,大学,MOU,工学研究科,研究者 1,2024-04-01,2027-03-31", dryRun: false);
        Assert.True(first.Applied, string.Join(" ", first.Errors.Select(error => error.MessageEn)));

        var preview = await ImportAsync("哈爾浜工業大学,CN,大学,共同研究,工学研究科,研究者 2,2024-04-01,2027-03-31", dryRun: true);

        var row = Assert.Single(preview.Rows);
        Assert.Equal(LedgerRowAction.NewPartner, row.Action);
        Assert.Empty(row.Errors);
        var warning = Assert.Single(row.Warnings);
        Assert.Contains("possible duplicate of partner", warning.MessageEn, StringComparison.Ordinal);
        Assert.Contains("哈尔滨工业大学", warning.MessageEn, StringComparison.Ordinal);
        Assert.Contains("重複している可能性", warning.MessageJa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_SameFoldedNameOtherCountry_NoWarning()
    {
        await ImportAsync("哈尔滨工业大学,CN,大学,MOU,工学研究科,研究者 1,2024-04-01,2027-03-31", dryRun: false);

        var preview = await ImportAsync("哈爾浜工業大学,JP,大学,MOU,工学研究科,研究者 1,2024-04-01,2027-03-31", dryRun: true);

        Assert.Empty(Assert.Single(preview.Rows).Warnings);
    }

    [Fact]
    public async Task Preview_TwoSpellingsInOneFile_WarnsOnSecondRow()
    {
        var preview = await ImportAsync(
            "Harbin Institute of Technology,CN,大学,MOU,工学研究科,研究者 1,2024-04-01,2027-03-31\n"
            + "Harbin Inst. of Tech.,CN,大学,NDA,工学研究科,研究者 2,2024-04-01,2027-03-31",
            dryRun: true);

        Assert.Equal(2, preview.Rows.Count);
        Assert.Equal(LedgerRowAction.NewPartner, preview.Rows[1].Action);
        Assert.Empty(preview.Rows[0].Warnings);
        Assert.Contains("row 2", Assert.Single(preview.Rows[1].Warnings).MessageEn, StringComparison.Ordinal);
    }

    private async Task<LedgerImportResult> ImportAsync(string rows, bool dryRun)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"{Header}\n{rows}\n"));
        return await factory.Services.GetRequiredService<LedgerImporter>()
            .ImportAsync("ledger.csv", stream, new LedgerImportOptions { DryRun = dryRun }, TestContext.Current.CancellationToken);
    }
}
