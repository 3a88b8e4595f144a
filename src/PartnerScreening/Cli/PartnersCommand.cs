using System.CommandLine;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Hosting;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Registry.Import;

namespace PartnerScreening.Cli;

/// <summary><c>partners import --file FILE [--dry-run] [--valid-only] [--mapping FIELD=COLUMN …]</c>: imports a ledger.</summary>
internal static class PartnersCommand
{
    /// <summary>Exit code when the file has row errors and nothing was imported.</summary>
    private const int RowErrorsExitCode = 1;

    /// <summary>Exit code when the file could not be read or mapped at all.</summary>
    private const int FileErrorExitCode = 2;

    public static Command Create()
    {
        var command = new Command("partners", "Manage the partner registry (連携先機関)");
        command.Subcommands.Add(CreateImport());
        return command;
    }

    private static Command CreateImport()
    {
        var file = new Option<FileInfo>("--file") { Description = "Ledger file to import: Excel (.xlsx) or CSV (UTF-8 or Shift_JIS)", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the preview and the errors; write nothing" };
        var validOnly = new Option<bool>("--valid-only") { Description = "Import the valid rows even when other rows have errors" };
        var mapping = new Option<string[]>("--mapping")
        {
            Description = "Column mapping overrides, FIELD=COLUMN (column by header, letter or number; FIELD=- drops a field), e.g. Name=相手先機関名 Country=C",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("import", "Import partners and agreements from an Excel or CSV ledger") { file, dryRun, validOnly, mapping };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build(parseResult.GetRequiredValue(CommonOptions.DataDir));
            var services = host.Services;
            await services.EnsurePartnerScreeningDatabaseAsync(cancellationToken);
            var path = parseResult.GetRequiredValue(file);
            var options = new LedgerImportOptions
            {
                DryRun = parseResult.GetValue(dryRun),
                ValidOnly = parseResult.GetValue(validOnly),
                Mapping = parseResult.GetValue(mapping) ?? [],
            };
            try
            {
                await using var stream = path.OpenRead();
                var result = await services.GetRequiredService<LedgerImporter>().ImportAsync(path.Name, stream, options, cancellationToken);
                Print(result, options);
                return result.InvalidRowCount > 0 && !result.Applied ? RowErrorsExitCode : 0;
            }
            catch (LedgerImportException exception)
            {
                await Console.Error.WriteLineAsync($"{exception.MessageJa}\n{exception.Message}");
                return FileErrorExitCode;
            }
            catch (FileNotFoundException)
            {
                await Console.Error.WriteLineAsync($"ファイル「{path.FullName}」が見つかりません。\nThe file '{path.FullName}' was not found.");
                return FileErrorExitCode;
            }
        });
        return command;
    }

    private static void Print(LedgerImportResult result, LedgerImportOptions options)
    {
        Console.WriteLine($"ファイル / File: {result.FileName}");
        Console.WriteLine("列の対応 / Column mapping:");
        foreach (var (field, column) in result.Mapping.Columns.OrderBy(c => c.Value))
        {
            Console.WriteLine($"  {result.Headers[column],-24} → {field} ({LedgerFieldHeaders.Ja(field)})");
        }

        if (result.Mapping.UnmappedHeaders.Count > 0)
        {
            Console.WriteLine($"  取り込まない列 / Ignored columns: {string.Join(", ", result.Mapping.UnmappedHeaders)}");
        }

        Console.WriteLine();
        Console.WriteLine("プレビュー / Preview:");
        foreach (var row in result.Rows)
        {
            var agreement = row.Agreement is { } a ? $"{RegistryTerms.Ja(a.Kind)} {a.Department} {a.StartDate:yyyy-MM-dd}–{a.EndDate:yyyy-MM-dd}" : "";
            Console.WriteLine($"  行 {row.RowNumber,4}  {ActionLabel(row),-28} {row.Partner?.PrimaryName} {row.Partner?.Country} {agreement}".TrimEnd());
        }

        var errors = result.Errors;
        if (errors.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"エラー {errors.Count} 件 / {errors.Count} errors:");
            foreach (var error in errors)
            {
                var column = error.Column is null ? "" : $" [{error.Column}]";
                Console.WriteLine($"  行 {error.RowNumber}{column}: {error.MessageJa}");
                Console.WriteLine($"  row {error.RowNumber}{column}: {error.MessageEn}");
            }
        }

        var warnings = result.Warnings;
        if (warnings.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"確認事項 {warnings.Count} 件 / {warnings.Count} warnings:");
            foreach (var warning in warnings)
            {
                Console.WriteLine($"  行 {warning.RowNumber}: {warning.MessageJa}");
                Console.WriteLine($"  row {warning.RowNumber}: {warning.MessageEn}");
            }
        }

        Console.WriteLine();
        Console.WriteLine(Summary(result, options));
    }

    private static string ActionLabel(LedgerPreviewRow row) => row.Action switch
    {
        LedgerRowAction.NewPartner => "新規 / new",
        LedgerRowAction.AgreementForRegisteredPartner => $"既存 ID {row.RegisteredPartnerId} に契約追加 / add agreement",
        LedgerRowAction.AgreementForEarlierRow => $"{row.EarlierRowNumber} 行目の機関に契約追加 / add agreement",
        LedgerRowAction.Invalid => "エラー / error",
    };

    private static string Summary(LedgerImportResult result, LedgerImportOptions options)
    {
        if (result.Applied)
        {
            var skipped = result.InvalidRowCount > 0 ? $"、エラー行 {result.InvalidRowCount} 行は取り込みませんでした" : "";
            var skippedEn = result.InvalidRowCount > 0 ? $"; {result.InvalidRowCount} rows with errors were skipped" : "";
            return $"取り込みました: 連携先機関 {result.PartnersCreated} 件、契約 {result.AgreementsCreated} 件{skipped}。\n"
                + $"Imported {result.PartnersCreated} partners and {result.AgreementsCreated} agreements{skippedEn}.";
        }

        if (options.DryRun)
        {
            return $"確認のみ（--dry-run）: 取り込める行 {result.ValidRowCount} 行、エラー行 {result.InvalidRowCount} 行。何も書き込んでいません。\n"
                + $"Dry run: {result.ValidRowCount} rows can be imported, {result.InvalidRowCount} rows have errors. Nothing was written.";
        }

        return $"エラーがあるため何も取り込んでいません。修正して再実行するか、--valid-only で正しい行 {result.ValidRowCount} 行だけを取り込んでください。\n"
            + $"Nothing was imported because {result.InvalidRowCount} rows have errors; fix them and run again, or pass --valid-only to import the {result.ValidRowCount} valid rows.";
    }
}
