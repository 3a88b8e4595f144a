using PartnerScreening.Crawling.Fetching;
using PartnerScreening.Crawling.Lexicon;

namespace PartnerScreening.Crawling.Reports;

/// <summary>Japanese labels of the report with their English counterparts; Japanese is shown first.</summary>
public static class ReportLabels
{
    public static (string Ja, string En) Of(RelationType type) => type switch
    {
        RelationType.Military => ("軍そのもの（軍・軍の大学）", "The military itself"),
        RelationType.MilitaryResearchInstitute => ("軍の系統に属する研究機関", "Research institute in the military's line"),
        RelationType.DefenceResearchUnit => ("防衛研究の部門・研究室", "Defence-research department or laboratory"),
        RelationType.MilitaryFunding => ("軍・国防機関からの資金", "Military or defence funding"),
        RelationType.OfficerEducation => ("士官・下士官の教育", "Officer education"),
        RelationType.DefenceIndustryPartnership => ("防衛産業との連携", "Defence-industry partnership"),
        RelationType.SecrecyCredential => ("秘密保持・防衛生産の資格", "Secrecy or defence-production credentials"),
        RelationType.Topic => ("兵器・デュアルユースの話題（関係は示さない）", "Weapons or dual-use topic (no relation by itself)"),
    };

    public static (string Ja, string En) Of(EvidenceStrength strength) => strength switch
    {
        EvidenceStrength.Strong => ("強", "Strong"),
        EvidenceStrength.Medium => ("中", "Medium"),
        EvidenceStrength.Weak => ("弱", "Weak"),
    };

    public static (string Ja, string En) Of(SkipReason reason) => reason switch
    {
        SkipReason.RobotsDisallowed => ("robots.txt により不許可", "Disallowed by robots.txt"),
        SkipReason.OutOfScope => ("対象ドメイン外", "Outside the partner's domains"),
        SkipReason.AddressRejected => ("内部・特殊アドレスのため拒否", "Rejected address"),
        SkipReason.TooManyRedirects => ("リダイレクト過多", "Too many redirects"),
        SkipReason.HostGivenUp => ("サイト側の拒否により中止", "Host given up"),
        SkipReason.Challenge => ("ボット判定ページ（回避せず）", "Bot challenge (not bypassed)"),
        SkipReason.Throttled => ("アクセス制限（429/503）", "Throttled (429/503)"),
        SkipReason.HttpError => ("HTTP エラー", "HTTP error"),
        SkipReason.Timeout => ("タイムアウト", "Timed out"),
        SkipReason.NetworkError => ("通信エラー", "Network error"),
        SkipReason.UnsupportedContentType => ("対象外の形式", "Not HTML or PDF"),
        SkipReason.TooLarge => ("サイズ上限超過", "Too large"),
        SkipReason.BudgetExhausted => ("調査上限に到達", "Budget exhausted"),
        SkipReason.NoFollow => ("nofollow 指定", "nofollow"),
        SkipReason.UnsupportedScheme => ("対象外のスキーム", "Unsupported scheme"),
        SkipReason.Unreadable => ("読み取り不能", "Unreadable"),
    };

    public static (string Ja, string En) OfBudget(string budget) => budget switch
    {
        "pages" => ("ページ数上限", "page budget"),
        "depth" => ("リンク深さ上限", "depth budget"),
        "time" => ("時間上限", "time budget"),
        _ => (budget, budget),
    };
}
