using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using MimeKit;
using netDumbster.smtp;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Jobs.Tests.Scenario;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Rescreening;
using PartnerScreening.Testing;

namespace PartnerScreening.Jobs.Tests.Alerts;

/// <summary>
/// The alert mail of a real rescreening (the 2025-09-29 METI edition, a partner it lists) sent through MailKit to a
/// netDumbster SMTP server on a loopback port, and the same run with no SMTP server listening.
/// </summary>
public sealed class AlertMailTests
{
    private const string Office = "anpo@example.ac.jp";
    private const string Sender = "screening@example.ac.jp";
    private const int AlertMailFailedEventId = 4111;

    private static readonly string MetiEdition = SharedPaths.List("meti-eul", "20250929_4.xlsx");

    [Fact]
    public async Task Rescreen_NewAlerts_MailsOfficeOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = FreeLoopbackPort();
        using var smtp = SimpleSmtpServer.Start(port);
        await using var host = await ScenarioHost.CreateAsync(MailSettings(port));
        await AddListedPartnerAsync(host);
        await IngestAsync(host);

        var outcome = await host.Get<RescreenService>().RunAsync("test", ct);

        Assert.Equal(RescreenRunStatus.Succeeded, outcome.Status);
        Assert.True(outcome.NewAlerts > 0, "The listed partner raised no alert.");
        Assert.Equal(1, smtp.ReceivedEmailCount);
        var mail = await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(smtp.ReceivedEmail[0].Data)), ct);
        Assert.Equal([Office], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(Sender, mail.From.Mailboxes.Single().Address);
        Assert.Contains($"新しいアラート {outcome.NewAlerts} 件", mail.Subject, StringComparison.Ordinal);
        var body = mail.TextBody;
        Assert.Contains($"再スクリーニング（実行 {outcome.RunId}）で新しいアラートが {outcome.NewAlerts} 件あります。", body, StringComparison.Ordinal);
        Assert.Contains("アラート一覧 / Alert inbox: https://screening.example.ac.jp/Alerts", body, StringComparison.Ordinal);
        var alerts = await host.Get<RescreenStore>().ListAlertsOfRunAsync(outcome.RunId, ct);
        Assert.Equal(outcome.NewAlerts, alerts.Count);
        foreach (var alert in alerts)
        {
            Assert.Contains($"- {RescreeningTerms.Ja(alert.Reason)} / {RescreeningTerms.En(alert.Reason)}: {alert.SubjectName} ↔ {alert.ListedName}", body, StringComparison.Ordinal);
        }

        // A second run finds the same hits on the same snapshot: nothing is new, so nothing is mailed.
        var again = await host.Get<RescreenService>().RunAsync("test", ct);

        Assert.Equal(RescreenRunStatus.Succeeded, again.Status);
        Assert.Equal(0, again.NewAlerts);
        Assert.Equal(1, smtp.ReceivedEmailCount);
    }

    [Fact]
    public async Task Rescreen_SmtpUnreachable_KeepsAlertsAndLogsFailure()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await ScenarioHost.CreateAsync(MailSettings(FreeLoopbackPort()));
        await AddListedPartnerAsync(host);
        await IngestAsync(host);

        var outcome = await host.Get<RescreenService>().RunAsync("test", ct);

        Assert.Equal(RescreenRunStatus.Succeeded, outcome.Status);
        Assert.True(outcome.NewAlerts > 0, "The listed partner raised no alert.");
        var inbox = await host.Get<RescreenStore>().ListAlertsAsync(includeAcknowledged: false, ct);
        Assert.Equal(outcome.NewAlerts, inbox.Count);
        Assert.All(inbox, alert => Assert.Equal(outcome.RunId, alert.RunId));
        var failure = Assert.Single(host.Logs.GetSnapshot(), record => record.Id.Id == AlertMailFailedEventId);
        Assert.Equal(LogLevel.Error, failure.Level);
        Assert.NotNull(failure.Exception);
        Assert.Contains($"run {outcome.RunId}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rescreen_NoListedPartner_SendsNoMail()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = FreeLoopbackPort();
        using var smtp = SimpleSmtpServer.Start(port);
        await using var host = await ScenarioHost.CreateAsync(MailSettings(port));
        var registry = host.Get<RegistryStore>();
        var partner = await registry.CreatePartnerAsync(new Partner { Names = [new PartnerName("Kyoto Example Women's College")], Country = "JP" }, ct);
        await registry.CreateAgreementAsync(new Agreement { PartnerId = partner.Id, Kind = AgreementKind.Mou, Status = AgreementStatus.Active }, ct);
        await IngestAsync(host);

        var outcome = await host.Get<RescreenService>().RunAsync("test", ct);

        Assert.Equal(RescreenRunStatus.Succeeded, outcome.Status);
        Assert.Equal(0, outcome.NewAlerts);
        Assert.Equal(0, smtp.ReceivedEmailCount);
    }

    private static Dictionary<string, string?> MailSettings(int port) => new()
    {
        ["Alerts:Smtp:Enabled"] = "true",
        ["Alerts:Smtp:Host"] = "127.0.0.1",
        ["Alerts:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Alerts:Smtp:Security"] = "none",
        ["Alerts:Smtp:From"] = Sender,
        ["Alerts:Smtp:To:0"] = Office,
        ["Alerts:Smtp:BaseUrl"] = "https://screening.example.ac.jp/",
    };

    private static async Task AddListedPartnerAsync(ScenarioHost host)
    {
        var ct = TestContext.Current.CancellationToken;
        var registry = host.Get<RegistryStore>();
        var partner = await registry.CreatePartnerAsync(
            new Partner
            {
                Names = [new PartnerName("Harbin Institute of Technology", "en"), new PartnerName("ハルビン工業大学", "ja")],
                Country = "CN",
                Type = PartnerType.University,
            },
            ct);
        await registry.CreateAgreementAsync(new Agreement { PartnerId = partner.Id, Kind = AgreementKind.JointResearch, Status = AgreementStatus.Active }, ct);
    }

    private static async Task IngestAsync(ScenarioHost host)
    {
        var result = await host.GetScoped<ListIngestionService>().IngestFileAsync(MetiEdition, ListSourceIds.MetiEndUserList, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join("; ", result.Sources.Select(s => s.Attempt.Message)));
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
