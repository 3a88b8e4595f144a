using System.Net;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Lists.Ingestion;
using PartnerScreening.Tests.Web.Crawl;
using PartnerScreening.Testing;

namespace PartnerScreening.Tests.Web;

// Pages show words, not internal codes: file names instead of paths, scripts and triggers in words, localised badges.
public sealed class DisplayTextTests : IClassFixture<DisplayTextTests.Fixture>
{
    private readonly Fixture _fixture;

    public DisplayTextTests(Fixture fixture) => _fixture = fixture;

    [Fact]
    public async Task PartyPage_ImportedFile_ShowsFileNameAndScriptWords()
    {
        var html = await _fixture.Session.GetStringAsync(_fixture.PartyUrl);

        Assert.Contains("20250929_4.xlsx (", html, StringComparison.Ordinal);
        Assert.DoesNotContain(SharedPaths.List("meti-eul", "20250929_4.xlsx"), html, StringComparison.Ordinal);
        Assert.Contains("<td>ラテン文字</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Latn</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Hani</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartyPage_English_LocalisesBadgeAndScript()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _fixture.PartyUrl);
        request.Headers.Add("Cookie", $"{CookieRequestCultureProvider.DefaultCookieName}={CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("en"))}");
        using var response = await _fixture.Session.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(">METI End User List</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("METI 外国ユーザーリスト", html, StringComparison.Ordinal);
        Assert.Contains("<td>Latin</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RescreenPage_Triggers_ShownInWords()
    {
        var service = _fixture.Factory.Services.GetRequiredService<RescreenService>();
        await service.RunAsync("cli", TestContext.Current.CancellationToken);
        await service.RunAsync("manual", TestContext.Current.CancellationToken);

        var html = await _fixture.Session.GetStringAsync("/Rescreen");

        Assert.Contains("<td>コマンドライン</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>手動</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>cli</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>manual</td>", html, StringComparison.Ordinal);
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public PartnerScreeningFactory Factory { get; } = new();

        public OfficerSession Session { get; private set; } = null!;

        public string PartyUrl { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                var ingestion = scope.ServiceProvider.GetRequiredService<ListIngestionService>();
                var result = await ingestion.IngestFileAsync(
                    SharedPaths.List("meti-eul", "20250929_4.xlsx"), ListSourceIds.MetiEndUserList, CancellationToken.None);
                Assert.True(result.Succeeded, "The METI End User List could not be ingested.");
                var snapshotId = result.Sources.Single().Attempt.SnapshotId;
                var parties = await scope.ServiceProvider.GetRequiredService<IListSnapshotStore>().GetPartiesAsync(snapshotId!, CancellationToken.None);
                var party = parties.First(p => p.AllNames().Any(name => name.Script == "Latn") && p.AllNames().Any(name => name.Script == "Hani"));
                PartyUrl = $"/Parties/Details?snapshot={snapshotId}&id={Uri.EscapeDataString(party.SourceEntityId)}";
            }

            Session = await OfficerSession.SignInAsync(Factory);
        }

        public async ValueTask DisposeAsync()
        {
            Session.Dispose();
            await Factory.DisposeAsync();
        }
    }
}
