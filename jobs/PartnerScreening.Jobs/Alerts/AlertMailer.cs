using System.Globalization;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.Jobs.Alerts;

/// <summary>
/// Mails the new alerts of a run to the office through SMTP when <see cref="AlertMailOptions.Enabled"/> is set.
/// A mail failure is logged and never fails the run: the alerts are in the inbox either way.
/// </summary>
public sealed class AlertMailer(IOptions<AlertMailOptions> options, ILogger<AlertMailer> logger)
{
    public async Task SendAsync(int runId, IReadOnlyList<AlertEntity> alerts, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || alerts.Count == 0)
        {
            return;
        }

        try
        {
            using var client = new SmtpClient();
            var security = settings.Security switch
            {
                "ssl" => SecureSocketOptions.SslOnConnect,
                "none" => SecureSocketOptions.None,
                _ => SecureSocketOptions.StartTls,
            };
            await client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                await client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(Compose(runId, alerts, settings), cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            RescreenLog.AlertsMailed(logger, alerts.Count, runId, settings.To.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            RescreenLog.AlertMailFailed(logger, runId, exception);
        }
    }

    internal static MimeMessage Compose(int runId, IReadOnlyList<AlertEntity> alerts, AlertMailOptions settings)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From!));
        foreach (var to in settings.To)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        message.Subject = $"[PartnerScreening] 再スクリーニングの新しいアラート {alerts.Count} 件 / {alerts.Count} new rescreening alerts (run {runId})";
        var body = new StringBuilder();
        body.AppendLine(CultureInfo.InvariantCulture, $"再スクリーニング（実行 {runId}）で新しいアラートが {alerts.Count} 件あります。内容を確認し、判断を記録してください。");
        body.AppendLine(CultureInfo.InvariantCulture, $"Rescreening run {runId} raised {alerts.Count} new alerts. Review them and record a decision.");
        body.AppendLine();
        foreach (var alert in alerts)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"- {RescreeningTerms.Ja(alert.Reason)} / {RescreeningTerms.En(alert.Reason)}: {alert.SubjectName} ↔ {alert.ListedName} [{alert.Source} {alert.SourceEntityId}] スコア {alert.Score:0.#}");
            foreach (var change in (alert.Changes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                body.AppendLine(CultureInfo.InvariantCulture, $"    {change}");
            }
        }

        if (!string.IsNullOrWhiteSpace(settings.BaseUrl))
        {
            body.AppendLine();
            body.AppendLine(CultureInfo.InvariantCulture, $"アラート一覧 / Alert inbox: {settings.BaseUrl.TrimEnd('/')}/Alerts");
        }

        message.Body = new TextPart("plain") { Text = body.ToString() };
        return message;
    }
}
