using Microsoft.EntityFrameworkCore;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Domain.Rescreening;

namespace PartnerScreening.Storage.Registry.Import;

/// <summary>What the officer chose for an import.</summary>
public sealed record LedgerImportOptions
{
    /// <summary>Only preview: nothing is written. Default false.</summary>
    public bool DryRun { get; init; }

    /// <summary>Import the valid rows even when other rows have errors. Default false: any error stops the whole import.</summary>
    public bool ValidOnly { get; init; }

    /// <summary>Column mapping overrides, each <c>field=column</c> (see <see cref="LedgerColumnMapping.Create"/>).</summary>
    public IReadOnlyList<string> Mapping { get; init; } = [];
}

/// <summary>What the import does with a row.</summary>
public enum LedgerRowAction
{
    /// <summary>新規登録: a new partner (with its agreement, if the row has one).</summary>
    NewPartner,

    /// <summary>既存機関に契約を追加: the partner is already registered; the row's agreement is added to it.</summary>
    AgreementForRegisteredPartner,

    /// <summary>同一機関の別契約: an earlier row of the file has the same partner; the row's agreement is added to it.</summary>
    AgreementForEarlierRow,

    /// <summary>エラー: the row is not imported.</summary>
    Invalid,
}

/// <summary>The preview of one row.</summary>
public sealed record LedgerPreviewRow(
    int RowNumber,
    LedgerRowAction Action,
    Partner? Partner,
    Agreement? Agreement,
    int? RegisteredPartnerId,
    int? EarlierRowNumber,
    IReadOnlyList<LedgerRowError> Errors)
{
    /// <summary>Problems that do not stop the row, such as a possible duplicate spelled differently.</summary>
    public IReadOnlyList<LedgerRowError> Warnings { get; init; } = [];
}

/// <summary>The preview and, when the import went ahead, what it created.</summary>
public sealed record LedgerImportResult(
    string FileName,
    IReadOnlyList<string> Headers,
    LedgerColumnMapping Mapping,
    IReadOnlyList<LedgerPreviewRow> Rows,
    bool Applied,
    int PartnersCreated,
    int AgreementsCreated)
{
    public IReadOnlyList<LedgerRowError> Errors => Rows.SelectMany(r => r.Errors).ToArray();

    public IReadOnlyList<LedgerRowError> Warnings => Rows.SelectMany(r => r.Warnings).ToArray();

    public int ValidRowCount => Rows.Count(r => r.Action != LedgerRowAction.Invalid);

    public int InvalidRowCount => Rows.Count(r => r.Action == LedgerRowAction.Invalid);
}

/// <summary>
/// Imports a ledger of partners and agreements from Excel or CSV. The preview and the writes happen in one
/// transaction, so an import either writes every row it reports or nothing; a file with errors writes nothing
/// unless <see cref="LedgerImportOptions.ValidOnly"/> is set. A new partner whose name folds like a known one (see
/// <see cref="IPartnerNameKey"/>) gets a warning, not an error.
/// </summary>
public sealed class LedgerImporter(
    IDbContextFactory<PartnerScreeningDbContext> contextFactory, TimeProvider timeProvider, IPartnerNameKey? nameKey = null)
{
    public async Task<LedgerImportResult> ImportAsync(string fileName, Stream content, LedgerImportOptions options, CancellationToken cancellationToken)
    {
        var table = LedgerFileReader.Read(fileName, content);
        var mapping = LedgerColumnMapping.Create(table.Headers, options.Mapping);
        var now = timeProvider.GetUtcNow();
        var parser = new LedgerRowParser(table, mapping, DateOnly.FromDateTime(now.UtcDateTime));

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var registered = await LoadRegisteredAsync(context, cancellationToken);
        var folded = FoldKnown(registered.Values);
        var rows = Classify(table, parser, registered, folded);

        var hasErrors = rows.Any(r => r.Action == LedgerRowAction.Invalid);
        if (options.DryRun || (hasErrors && !options.ValidOnly))
        {
            return new LedgerImportResult(fileName, table.Headers, mapping, rows, Applied: false, 0, 0);
        }

        var (partners, agreements) = Write(context, rows, now);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // The transaction is rolled back on dispose, so no row of the file stays written.
            var cause = exception.GetBaseException().Message;
            throw new LedgerImportException(
                $"台帳をデータベースに書き込めなかったため、何も登録していません（{cause}）。原因を解消してから、もう一度取り込んでください。",
                $"Writing the ledger to the database failed, so nothing was imported ({cause}). Fix the cause and import the file again.",
                exception);
        }

        await transaction.CommitAsync(cancellationToken);
        return new LedgerImportResult(fileName, table.Headers, mapping, rows, Applied: true, partners, agreements);
    }

    private List<LedgerPreviewRow> Classify(
        LedgerTable table, LedgerRowParser parser, Dictionary<string, KnownPartner> registered, Dictionary<string, KnownPartner> folded)
    {
        var inFile = new Dictionary<string, KnownPartner>(StringComparer.Ordinal);
        var rows = new List<LedgerPreviewRow>();
        foreach (var row in table.Rows)
        {
            var parsed = parser.Parse(row);
            if (parsed.Partner is null)
            {
                rows.Add(new LedgerPreviewRow(row.RowNumber, LedgerRowAction.Invalid, null, null, null, null, parsed.Errors));
                continue;
            }

            var key = PartnerKey(parsed.Partner.PrimaryName, parsed.Partner.Country);
            var known = registered.GetValueOrDefault(key) ?? inFile.GetValueOrDefault(key);
            if (known is null)
            {
                var created = new KnownPartner(null, row.RowNumber, parsed.Agreement is null ? [] : [parsed.Agreement]) { Name = parsed.Partner.PrimaryName };
                inFile[key] = created;
                var warnings = PossibleDuplicate(parsed, folded) is { } warning ? new[] { warning } : [];
                if (FoldedKey(parsed.Partner.PrimaryName, parsed.Partner.Country) is { } foldedKey)
                {
                    folded.TryAdd(foldedKey, created);
                }

                rows.Add(new LedgerPreviewRow(row.RowNumber, LedgerRowAction.NewPartner, parsed.Partner, parsed.Agreement, null, null, []) { Warnings = warnings });
                continue;
            }

            if (Duplicate(parsed, known) is { } error)
            {
                rows.Add(new LedgerPreviewRow(row.RowNumber, LedgerRowAction.Invalid, parsed.Partner, parsed.Agreement, known.Id, known.RowNumber, [error]));
                continue;
            }

            known.Agreements.Add(parsed.Agreement!);
            var action = known.Id is null ? LedgerRowAction.AgreementForEarlierRow : LedgerRowAction.AgreementForRegisteredPartner;
            rows.Add(new LedgerPreviewRow(row.RowNumber, action, parsed.Partner, parsed.Agreement, known.Id, known.RowNumber, []));
        }

        return rows;
    }

    /// <summary>
    /// A row repeats a known partner without a new agreement, or with an agreement that the partner already has
    /// (same type, department, researcher and dates): it is reported as a duplicate.
    /// </summary>
    private static LedgerRowError? Duplicate(ParsedLedgerRow parsed, KnownPartner known)
    {
        var where = known.Id is { } id ? $"登録済みの連携先機関 ID {id}" : $"{known.RowNumber} 行目";
        var whereEn = known.Id is { } idEn ? $"registered partner {idEn}" : $"row {known.RowNumber}";
        var name = parsed.Partner!.PrimaryName;
        if (parsed.Agreement is null)
        {
            return new LedgerRowError(parsed.RowNumber, null, name,
                $"機関「{name}」は{where}と重複しています（同じ名称・国）。",
                $"Partner '{name}' duplicates {whereEn} (same name and country).");
        }

        if (known.Agreements.Any(a => SameAgreement(a, parsed.Agreement)))
        {
            return new LedgerRowError(parsed.RowNumber, null, name,
                $"機関「{name}」の同じ契約が{where}に既にあります（契約種別・部局・担当研究者・期間が同一）。",
                $"The same agreement with '{name}' already exists in {whereEn} (same type, department, researcher and dates).");
        }

        return null;
    }

    /// <summary>Warns when a new partner's name folds like a registered partner or an earlier row of the same country.</summary>
    private LedgerRowError? PossibleDuplicate(ParsedLedgerRow parsed, Dictionary<string, KnownPartner> folded)
    {
        var partner = parsed.Partner!;
        if (FoldedKey(partner.PrimaryName, partner.Country) is not { } key || !folded.TryGetValue(key, out var similar))
        {
            return null;
        }

        var where = similar.Id is { } id ? $"登録済みの連携先機関 ID {id}（{similar.Name}）" : $"{similar.RowNumber} 行目（{similar.Name}）";
        var whereEn = similar.Id is { } idEn ? $"partner {idEn} ({similar.Name})" : $"row {similar.RowNumber} ({similar.Name})";
        return new LedgerRowError(parsed.RowNumber, null, partner.PrimaryName,
            $"機関「{partner.PrimaryName}」は{where}と重複している可能性があります（表記の違いを除くと同じ名称・国）。同じ機関なら、この行を既存の機関の名称に合わせてください。",
            $"Partner '{partner.PrimaryName}' is a possible duplicate of {whereEn}: the names differ only in spelling and the country is the same. If it is the same institution, use the existing name in this row.");
    }

    private Dictionary<string, KnownPartner> FoldKnown(IEnumerable<KnownPartner> known)
    {
        var folded = new Dictionary<string, KnownPartner>(StringComparer.Ordinal);
        foreach (var partner in known)
        {
            if (FoldedKey(partner.Name, partner.Country) is { } key)
            {
                folded.TryAdd(key, partner);
            }
        }

        return folded;
    }

    private string? FoldedKey(string? name, string? country) =>
        nameKey is null || string.IsNullOrWhiteSpace(name) || nameKey.Fold(name) is not { } key ? null : $"{key}|{country}";

    private static bool SameAgreement(Agreement a, Agreement b) =>
        a.Kind == b.Kind && a.StartDate == b.StartDate && a.EndDate == b.EndDate
        && string.Equals(a.Department ?? "", b.Department ?? "", StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.ResponsibleResearcher ?? "", b.ResponsibleResearcher ?? "", StringComparison.OrdinalIgnoreCase);

    private static (int Partners, int Agreements) Write(PartnerScreeningDbContext context, List<LedgerPreviewRow> rows, DateTimeOffset now)
    {
        var createdByRow = new Dictionary<int, PartnerEntity>();
        var partners = 0;
        var agreements = 0;
        foreach (var row in rows)
        {
            switch (row.Action)
            {
                case LedgerRowAction.Invalid:
                    continue;
                case LedgerRowAction.NewPartner:
                    var entity = new PartnerEntity { CreatedAt = now, UpdatedAt = now };
                    entity.Apply(row.Partner!);
                    context.Add(entity);
                    createdByRow[row.RowNumber] = entity;
                    partners++;
                    break;
            }

            if (row.Agreement is null)
            {
                continue;
            }

            var agreement = new AgreementEntity { CreatedAt = now, UpdatedAt = now };
            agreement.Apply(row.Agreement with { PartnerId = row.RegisteredPartnerId ?? 0 });
            switch (row.Action)
            {
                case LedgerRowAction.NewPartner:
                    createdByRow[row.RowNumber].Agreements.Add(agreement);
                    break;
                case LedgerRowAction.AgreementForEarlierRow:
                    createdByRow[row.EarlierRowNumber!.Value].Agreements.Add(agreement);
                    break;
                case LedgerRowAction.AgreementForRegisteredPartner:
                    context.Add(agreement);
                    break;
            }

            agreements++;
        }

        return (partners, agreements);
    }

    private static async Task<Dictionary<string, KnownPartner>> LoadRegisteredAsync(PartnerScreeningDbContext context, CancellationToken cancellationToken)
    {
        var partners = await context.Set<PartnerEntity>().AsNoTracking()
            .Where(p => p.ArchivedAt == null)
            .Select(p => new { p.Id, p.PrimaryName, p.Country })
            .ToListAsync(cancellationToken);
        var agreements = (await context.Set<AgreementEntity>().AsNoTracking().Where(a => a.ArchivedAt == null).ToListAsync(cancellationToken))
            .ToLookup(a => a.PartnerId, a => a.ToRecord());
        var known = new Dictionary<string, KnownPartner>(StringComparer.Ordinal);
        foreach (var partner in partners)
        {
            known.TryAdd(
                PartnerKey(partner.PrimaryName, partner.Country),
                new KnownPartner(partner.Id, null, agreements[partner.Id].ToList()) { Name = partner.PrimaryName, Country = partner.Country });
        }

        return known;
    }

    private static string PartnerKey(string name, string? country) => $"{ListedPartyKey.NormaliseName(name)}|{country}";

    private sealed record KnownPartner(int? Id, int? RowNumber, List<Agreement> Agreements)
    {
        public string? Name { get; init; }

        public string? Country { get; init; }
    }
}
