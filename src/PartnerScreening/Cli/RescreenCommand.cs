using System.CommandLine;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Hosting;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Matching.Index;
using PartnerScreening.Storage;

namespace PartnerScreening.Cli;

/// <summary><c>rescreen</c>: runs the nightly rescreening now, with the same code as the scheduled job.</summary>
internal static class RescreenCommand
{
    /// <summary>Exit code of a failed run; its results were not stored and the previous run stays in force.</summary>
    private const int FailedExitCode = 1;

    public static Command Create()
    {
        var command = new Command("rescreen", "Rescreen every partner of a live agreement and every current researcher now (same as the nightly job)");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Build(parseResult.GetRequiredValue(CommonOptions.DataDir));
            await host.Services.EnsurePartnerScreeningDatabaseAsync(cancellationToken);
            // The command-line host opens no index by itself, and the rescreen needs the current one.
            await host.Services.GetRequiredService<IndexOpener>().OpenOrRebuildAsync(cancellationToken);

            var outcome = await host.Services.GetRequiredService<RescreenService>().RunAsync("cli", cancellationToken);
            if (outcome.Status == RescreenRunStatus.Failed)
            {
                await Console.Error.WriteLineAsync(
                    $"再スクリーニング（実行 {outcome.RunId}）は失敗しました。前回の結果とアラートはそのまま有効です: {outcome.Error}\n"
                    + $"Rescreen run {outcome.RunId} failed; the previous run's results and alerts stay in force: {outcome.Error}");
                return FailedExitCode;
            }

            Console.WriteLine(
                $"再スクリーニング（実行 {outcome.RunId}）完了: 対象 {outcome.Subjects} 件、名称 {outcome.Names} 件、該当候補 {outcome.Hits} 件、新しいアラート {outcome.NewAlerts} 件、判断済みの該当候補 {outcome.DecidedHits} 件");
            Console.WriteLine(
                $"Rescreen run {outcome.RunId} finished: {outcome.Subjects} subjects, {outcome.Names} names, {outcome.Hits} hits, {outcome.NewAlerts} new alerts, {outcome.DecidedHits} hits under a decision in force");
            return 0;
        });
        return command;
    }
}
