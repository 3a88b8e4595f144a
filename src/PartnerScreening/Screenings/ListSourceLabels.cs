using System.Globalization;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Screenings;

/// <summary>Short badge and full names of each list source, in Japanese and English.</summary>
public sealed record ListSourceLabel(string Id, string Badge, string NameJa, string NameEn)
{
    /// <summary>English badge; defaults to <see cref="Badge"/>, which is the Japanese one.</summary>
    public string BadgeEn { get; init; } = Badge;

    /// <summary>The badge in the language of the current UI culture.</summary>
    public string DisplayBadge => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? Badge : BadgeEn;
}

public static class ListSourceLabels
{
    private static readonly Dictionary<string, ListSourceLabel> Labels = new ListSourceLabel[]
    {
        new(ListSourceIds.MetiEndUserList, "METI 外国ユーザーリスト", "経済産業省 外国ユーザーリスト", "METI End User List") { BadgeEn = "METI End User List" },
        new(ListSourceIds.JapanMofAssetFreeze, "MOF", "財務省 資産凍結等対象者", "Japan MOF asset freeze list"),
        new(ListSourceIds.UsConsolidatedScreeningList, "CSL", "米国 統合スクリーニングリスト", "US Consolidated Screening List"),
        new(ListSourceIds.OfacSdn, "SDN", "OFAC SDN リスト", "OFAC SDN List"),
        new(ListSourceIds.OfacConsolidated, "OFAC Non-SDN", "OFAC 非SDN統合リスト", "OFAC Consolidated (non-SDN) List"),
        new(ListSourceIds.UnSecurityCouncil, "UN", "国連安全保障理事会 統合制裁リスト", "UN Security Council Consolidated List"),
        new(ListSourceIds.EuFinancialSanctions, "EU", "EU 金融制裁統合リスト", "EU Consolidated Financial Sanctions List"),
        new(ListSourceIds.UkSanctionsList, "UK", "英国 制裁リスト", "UK Sanctions List"),
        new(ListSourceIds.UsDod1260H, "1260H（参考）", "米国防総省 1260H リスト（参考情報）", "US DoD 1260H list (reference only)") { BadgeEn = "1260H (reference)" },
        new(ListSourceIds.AspiUniTracker, "ASPI（参考）", "ASPI 中国国防大学トラッカー（参考情報）", "ASPI China Defence Universities Tracker (reference only)") { BadgeEn = "ASPI (reference)" },
    }.ToDictionary(label => label.Id);

    public static ListSourceLabel For(string source) =>
        Labels.TryGetValue(source, out var label) ? label : new ListSourceLabel(source, source, source, source);
}
