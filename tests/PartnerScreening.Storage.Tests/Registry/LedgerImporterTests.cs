using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Registry.Import;
using PartnerScreening.Testing;

namespace PartnerScreening.Storage.Tests.Registry;

public sealed class LedgerImporterTests
{
    private const string JapaneseHeader = "機関名,英語名,中国語名,国,種別,契約種別,部局,担当研究者,開始日,終了日,ウェブサイト";

    [Fact]
    public async Task Import_CsvWithJapaneseHeaders_CreatesPartnersWithEveryName()
    {
        await using var database = await RegistryDatabase.CreateAsync();
        var csv = $"""
            {JapaneseHeader}
            清華大学,Tsinghua University,清华大学,中国,大学,共同研究,工学研究科,山田 太郎,2024-04-01,2027-03-31,www.tsinghua.edu.cn
            Technische Universität München,,,ドイツ,University,MOU,国際部,,令和5年10月1日,,https://www.tum.de/
            """;

        var result = await ImportCsvAsync(database, csv, new LedgerImportOptions());

        Assert.True(result.Applied);
        Assert.Empty(result.Errors);
        Assert.Equal(2, result.PartnersCreated);
        Assert.Equal(2, result.AgreementsCreated);
        var partners = await Store(database).ListPartnersAsync(includeArchived: false, search: null, TestContext.Current.CancellationToken);
        var tsinghua = Assert.Single(partners, p => p.PrimaryName == "清華大学");
        Assert.Equal(["清華大学", "Tsinghua University", "清华大学"], tsinghua.Names.Select(n => n.Value));
        Assert.Equal("CN", tsinghua.Country);
        Assert.Equal(PartnerType.University, tsinghua.Type);
        Assert.Equal(["https://www.tsinghua.edu.cn/"], tsinghua.Websites);
        var agreements = await Store(database).ListAgreementsAsync(tsinghua.Id, includeArchived: false, TestContext.Current.CancellationToken);
        var agreement = Assert.Single(agreements);
        Assert.Equal(AgreementKind.JointResearch, agreement.Kind);
        Assert.Equal("工学研究科", agreement.Department);
        Assert.Equal(new DateOnly(2027, 3, 31), agreement.EndDate);
        Assert.Equal(AgreementStatus.Active, agreement.Status);
        var tum = Assert.Single(partners, p => p.Country == "DE");
        var tumAgreement = Assert.Single(await Store(database).ListAgreementsAsync(tum.Id, false, TestContext.Current.CancellationToken));
        Assert.Equal(new DateOnly(2023, 10, 1), tumAgreement.StartDate);
    }

    [Fact]
    public async Task Import_XlsxWithEnglishHeadersAndDateCells_ReadsDates()
    {
        await using var database = await RegistryDatabase.CreateAsync();
        var path = Path.Combine(database.Directory, "ledger.xlsx");
        XlsxWorkbook.Write(path,
        [
            ["Partner agreements FY2025"],
            [],
            ["Name", "Chinese name", "Country", "Type", "Agreement type", "Department", "Responsible researcher", "Start date", "End date"],
            ["Harbin Institute of Technology", "哈尔滨工业大学", "China", "University", "Joint research", "Engineering", "Sato", new DateOnly(2024, 4, 1), new DateOnly(2024, 12, 31)],
        ]);

        await using var stream = File.OpenRead(path);
        var result = await Importer(database).ImportAsync("ledger.xlsx", stream, new LedgerImportOptions(), TestContext.Current.CancellationToken);

        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal(4, row.RowNumber);
        Assert.Equal(new DateOnly(2024, 4, 1), row.Agreement!.StartDate);
        Assert.Equal(AgreementStatus.Ended, row.Agreement.Status);
        Assert.Equal(["Harbin Institute of Technology", "哈尔滨工业大学"], row.Partner!.Names.Select(n => n.Value));
    }

    public static TheoryData<string, string, string> BadRows => new()
    {
        { "no name", ",Nameless University,,US,大学,MOU,,,2024-01-01,,", "機関名" },
        { "unknown agreement type", "北京大学,Peking University,,CN,大学,業務提携,,,2024-01-01,,", "契約種別" },
        { "impossible date", "北京大学,Peking University,,CN,大学,MOU,,,2024-02-30,,", "開始日" },
        { "date in no known format", "北京大学,Peking University,,CN,大学,MOU,,,4/1/2024,,", "開始日" },
        { "end before start", "北京大学,Peking University,,CN,大学,MOU,,,2024-04-01,2023-03-31,", "終了日" },
        { "unknown country", "北京大学,Peking University,,Atlantis,大学,MOU,,,2024-01-01,,", "国" },
        { "unknown partner type", "北京大学,Peking University,,CN,研究会,MOU,,,2024-01-01,,", "種別" },
        { "invalid website", "北京大学,Peking University,,CN,大学,MOU,,,2024-01-01,,http://", "ウェブサイト" },
        { "duplicate partner", "清華大学,,,CN,大学,,,,,,", "" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task Import_BadRow_ReportsRowAndImportsNothing(string problem, string badRow, string column)
    {
        await using var database = await RegistryDatabase.CreateAsync();
        var csv = $"""
            {JapaneseHeader}
            清華大学,Tsinghua University,,中国,大学,共同研究,工学研究科,山田,2024-04-01,2027-03-31,
            {badRow}
            Seoul National University,,,KR,大学,MOU,,,2022-01-01,,
            """;

        var result = await ImportCsvAsync(database, csv, new LedgerImportOptions());

        Assert.False(result.Applied, problem);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.RowNumber);
        Assert.Equal(column, error.Column ?? "");
        Assert.NotEmpty(error.MessageJa);
        Assert.NotEmpty(error.MessageEn);
        Assert.Equal(2, result.ValidRowCount);
        await using var context = await database.CreateContextAsync();
        Assert.Equal(0, await context.Set<PartnerEntity>().CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await context.Set<AgreementEntity>().CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_ValidOnly_ImportsOnlyValidRows()
    {
        await using var database = await RegistryDatabase.CreateAsync();
        var csv = $"""
            {JapaneseHeader}
            清華大学,Tsinghua University,,中国,大学,共同研究,工学研究科,山田,2024-04-01,2027-03-31,
            ,Nameless,,US,大学,MOU,,,2024-01-01,,
            Seoul National University,,,KR,大学,MOU,,,2022-01-01,,
            """;

        var result = await ImportCsvAsync(database, csv, new LedgerImportOptions { ValidOnly = true });

        Assert.True(result.Applied);
        Assert.Equal(2, result.PartnersCreated);
        Assert.Equal(3, Assert.Single(result.Errors).RowNumber);
        var partners = await Store(database).ListPartnersAsync(false, null, TestContext.Current.CancellationToken);
        Assert.Equal(["清華大学", "Seoul National University"], partners.Select(p => p.PrimaryName));
    }

    [Fact]
    public async Task Import_DryRun_WritesNothing()
    {
        await using var database = await RegistryDatabase.CreateAsync();
        var csv = $"""
            {JapaneseHeader}
            清華大学,Tsinghua University,,中国,大学,共同研究,工学研究科,山田,2024-04-01,2027-03-31,
            """;

        var result = await ImportCsvAsync(database, csv, new LedgerImportOptions { DryRun = true });

        Assert.False(result.Applied);
        Assert.Equal(LedgerRowAction.NewPartner, Assert.Single(result.Rows).Action);
        Assert.Empty(await Store(database).ListPartnersAsync(false, null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_SamePartnerTwice_AddsAgreementsToOnePartner()
    {
        await using var database = await RegistryDatabase.CreateAsync();
        var first = $"""
            {JapaneseHeader}
            清華大学,,,中国,大学,共同研究,工学研究科,山田,2024-04-01,2027-03-31,
            清華大学,,,CN,大学,MOU,国際部,,2023-10-01,,
            """;
        var second = $"""
            {JapaneseHeader}
            清華大学,,,中国,大学,NDA,工学研究科,山田,2025-01-10,,
            清華大学,,,中国,大学,MOU,国際部,,2023-10-01,,
            """;

        var firstResult = await ImportCsvAsync(database, first, new LedgerImportOptions());
        var secondResult = await ImportCsvAsync(database, second, new LedgerImportOptions { ValidOnly = true });

        Assert.Equal(LedgerRowAction.AgreementForEarlierRow, firstResult.Rows[1].Action);
        Assert.Equal(1, firstResult.PartnersCreated);
        Assert.Equal(2, firstResult.AgreementsCreated);
        Assert.Equal(LedgerRowAction.AgreementForRegisteredPartner, secondResult.Rows[0].Action);
        Assert.Equal(LedgerRowAction.Invalid, secondResult.Rows[1].Action);
        Assert.Equal(3, Assert.Single(secondResult.Errors).RowNumber);
        var partner = Assert.Single(await Store(database).ListPartnersAsync(false, null, TestContext.Current.CancellationToken));
        Assert.Equal(3, (await Store(database).ListAgreementsAsync(partner.Id, false, TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task Import_MappingOverride_ReadsUnrecognisedHeaders()
    {
        await using var database = await RegistryDatabase.CreateAsync();
        const string csv = """
            Org,Land,Kontakt
            Universität Wien,AT,Dr. Huber
            """;

        var result = await ImportCsvAsync(database, csv, new LedgerImportOptions { Mapping = ["Name=Org", "Country=B"] });

        Assert.True(result.Applied);
        Assert.Equal(["Kontakt"], result.Mapping.UnmappedHeaders);
        var partner = Assert.Single(await Store(database).ListPartnersAsync(false, null, TestContext.Current.CancellationToken));
        Assert.Equal("AT", partner.Country);
    }

    [Fact]
    public async Task Import_NoNameColumn_RejectsFile()
    {
        await using var database = await RegistryDatabase.CreateAsync();
        const string csv = """
            Org,Land
            Universität Wien,AT
            """;

        var exception = await Assert.ThrowsAsync<LedgerImportException>(() => ImportCsvAsync(database, csv, new LedgerImportOptions()));

        Assert.Contains("--mapping", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ShiftJisCsv_DecodesJapanese()
    {
        await using var database = await RegistryDatabase.CreateAsync();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(932).GetBytes("機関名,国,契約種別\n上海交通大学,中国,受託研究\n");

        await using var stream = new MemoryStream(bytes);
        var result = await Importer(database).ImportAsync("ledger.csv", stream, new LedgerImportOptions(), TestContext.Current.CancellationToken);

        Assert.Empty(result.Errors);
        Assert.Equal("上海交通大学", Assert.Single(result.Rows).Partner!.PrimaryName);
        Assert.Equal(AgreementKind.ContractResearch, result.Rows[0].Agreement!.Kind);
    }

    [Fact]
    public async Task Import_WriteFailsHalfway_ImportsNothing()
    {
        await using var database = await RegistryDatabase.CreateAsync();
        await using (var context = await database.CreateContextAsync())
        {
            // The second agreement of the file fails to insert after the first partner and agreement were written.
            await context.Database.ExecuteSqlRawAsync(
                """
                CREATE TRIGGER fail_second_agreement BEFORE INSERT ON Agreements
                WHEN (SELECT COUNT(*) FROM Agreements) >= 1
                BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END;
                """,
                TestContext.Current.CancellationToken);
        }

        var csv = $"""
            {JapaneseHeader}
            清華大学,Tsinghua University,,中国,大学,共同研究,工学研究科,山田,2024-04-01,2027-03-31,
            Seoul National University,,,KR,大学,MOU,,,2022-01-01,,
            """;

        var exception = await Assert.ThrowsAsync<LedgerImportException>(() => ImportCsvAsync(database, csv, new LedgerImportOptions()));

        Assert.Contains("simulated write failure", exception.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", exception.Message, StringComparison.Ordinal);
        Assert.Contains("何も登録していません", exception.MessageJa, StringComparison.Ordinal);
        await using var check = await database.CreateContextAsync();
        Assert.Equal(0, await check.Set<PartnerEntity>().CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await check.Set<AgreementEntity>().CountAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<LedgerImportResult> ImportCsvAsync(RegistryDatabase database, string csv, LedgerImportOptions options)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await Importer(database).ImportAsync("ledger.csv", stream, options, TestContext.Current.CancellationToken);
    }

    private static LedgerImporter Importer(RegistryDatabase database) => database.Services.GetRequiredService<LedgerImporter>();

    private static RegistryStore Store(RegistryDatabase database) => database.Services.GetRequiredService<RegistryStore>();
}
