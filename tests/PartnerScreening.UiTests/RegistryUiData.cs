using Microsoft.Extensions.DependencyInjection;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Storage.Registry;

namespace PartnerScreening.UiTests;

/// <summary>Registers the partners the decision and alert tests screen, each with an active agreement so the rescreening covers it.</summary>
internal static class RegistryUiData
{
    public static async Task<Partner> AddPartnerWithLiveAgreementAsync(UiServer server, string name, string country)
    {
        var store = server.Factory.Services.GetRequiredService<RegistryStore>();
        var partner = await store.CreatePartnerAsync(
            new Partner { Names = [new PartnerName(name, "en")], Country = country, Type = PartnerType.University },
            TestContext.Current.CancellationToken);
        await store.CreateAgreementAsync(
            new Agreement { PartnerId = partner.Id, Kind = AgreementKind.JointResearch, Department = "工学研究科", StartDate = new DateOnly(2025, 4, 1), Status = AgreementStatus.Active },
            TestContext.Current.CancellationToken);
        return partner;
    }
}
