using System.Globalization;
using System.Text;

namespace PartnerScreening.Domain.Registry;

/// <summary>
/// Japanese and English labels of the registry's enumerations, and the parser that reads them back from ledger
/// cells written in either language (case, width and spacing do not matter).
/// </summary>
public static class RegistryTerms
{
    private static readonly Dictionary<PartnerType, (string Ja, string En, string[] Synonyms)> PartnerTypes = new()
    {
        [PartnerType.University] = ("大学", "University", ["大学", "大學", "university", "univ", "college", "高等教育機関"]),
        [PartnerType.PublicResearchInstitute] = ("公的研究機関", "Public research institute", ["公的研究機関", "研究機関", "研究所", "public research institute", "research institute", "institute"]),
        [PartnerType.Company] = ("企業", "Company", ["企業", "会社", "民間企業", "company", "corporation", "enterprise", "business"]),
        [PartnerType.GovernmentBody] = ("政府機関", "Government body", ["政府機関", "官公庁", "行政機関", "government body", "government", "government agency"]),
        [PartnerType.Other] = ("その他", "Other", ["その他", "other"]),
    };

    private static readonly Dictionary<AgreementKind, (string Ja, string En, string[] Synonyms)> AgreementKinds = new()
    {
        [AgreementKind.Mou] = ("MOU（覚書・学術交流協定）", "MOU", ["mou", "覚書", "学術交流協定", "交流協定", "memorandum of understanding", "部局間協定", "大学間協定"]),
        [AgreementKind.JointResearch] = ("共同研究", "Joint research", ["共同研究", "共同研究契約", "joint research", "collaborative research"]),
        [AgreementKind.CommissionedResearch] = ("委託研究", "Commissioned research", ["委託研究", "委託研究契約", "commissioned research", "outsourced research"]),
        [AgreementKind.ContractResearch] = ("受託研究", "Contract research", ["受託研究", "受託研究契約", "contract research", "sponsored research"]),
        [AgreementKind.Nda] = ("NDA（秘密保持契約）", "NDA", ["nda", "秘密保持契約", "秘密保持", "機密保持契約", "non-disclosure agreement", "confidentiality agreement"]),
        [AgreementKind.Other] = ("その他", "Other", ["その他", "other"]),
    };

    private static readonly Dictionary<AgreementStatus, (string Ja, string En, string[] Synonyms)> AgreementStatuses = new()
    {
        [AgreementStatus.Negotiating] = ("交渉中", "Under negotiation", ["交渉中", "準備中", "申請中", "negotiating", "under negotiation", "planned", "draft"]),
        [AgreementStatus.Active] = ("有効", "Active", ["有効", "締結済", "締結済み", "継続", "active", "valid", "in force", "signed"]),
        [AgreementStatus.Ended] = ("終了", "Ended", ["終了", "満了", "期間満了", "ended", "expired", "closed"]),
        [AgreementStatus.Terminated] = ("解約", "Terminated", ["解約", "解除", "中止", "terminated", "cancelled", "canceled"]),
    };

    private static readonly Dictionary<ResearcherScheme, (string Ja, string En, string[] Synonyms)> Schemes = new()
    {
        [ResearcherScheme.CooperativeResearcher] = ("協力研究員", "Cooperative researcher", ["協力研究員", "cooperative researcher", "visiting researcher"]),
        [ResearcherScheme.InternshipTrainee] = ("インターンシップ研修員", "Internship trainee", ["インターンシップ研修員", "インターンシップ", "研修員", "internship trainee", "intern", "internship"]),
        [ResearcherScheme.InvitedSpecialist] = ("招へい専門員", "Invited specialist", ["招へい専門員", "招聘専門員", "invited specialist", "invited expert"]),
    };

    private static readonly Dictionary<CheckState, (string Ja, string En, string[] Synonyms)> CheckStates = new()
    {
        [CheckState.NotStarted] = ("未実施", "Not started", ["未実施", "not started"]),
        [CheckState.InProgress] = ("実施中", "In progress", ["実施中", "in progress"]),
        [CheckState.Completed] = ("完了", "Completed", ["完了", "済", "completed", "done"]),
        [CheckState.NeedsAttention] = ("要対応", "Needs attention", ["要対応", "needs attention"]),
    };

    public static string Ja(PartnerType value) => PartnerTypes[value].Ja;

    public static string En(PartnerType value) => PartnerTypes[value].En;

    public static string Ja(AgreementKind value) => AgreementKinds[value].Ja;

    public static string En(AgreementKind value) => AgreementKinds[value].En;

    public static string Ja(AgreementStatus value) => AgreementStatuses[value].Ja;

    public static string En(AgreementStatus value) => AgreementStatuses[value].En;

    public static string Ja(ResearcherScheme value) => Schemes[value].Ja;

    public static string En(ResearcherScheme value) => Schemes[value].En;

    public static string Ja(CheckState value) => CheckStates[value].Ja;

    public static string En(CheckState value) => CheckStates[value].En;

    public static bool TryParsePartnerType(string? text, out PartnerType value) => TryParse(PartnerTypes, text, out value);

    public static bool TryParseAgreementKind(string? text, out AgreementKind value) => TryParse(AgreementKinds, text, out value);

    public static bool TryParseAgreementStatus(string? text, out AgreementStatus value) => TryParse(AgreementStatuses, text, out value);

    public static bool TryParseScheme(string? text, out ResearcherScheme value) => TryParse(Schemes, text, out value);

    /// <summary>Folds a label for comparison: NFKC, lower case, and spaces, hyphens, dots and underscores removed.</summary>
    public static string Fold(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(normalized.Length);
        foreach (var character in normalized)
        {
            if (!char.IsWhiteSpace(character) && character is not ('-' or '_' or '.' or '・' or '（' or '）' or '(' or ')'))
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    private static bool TryParse<T>(Dictionary<T, (string Ja, string En, string[] Synonyms)> table, string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = Fold(text);
        foreach (var (key, labels) in table)
        {
            if (Fold(labels.Ja) == folded || Fold(labels.En) == folded || labels.Synonyms.Any(s => Fold(s) == folded)
                || Fold(key.ToString()) == folded)
            {
                value = key;
                return true;
            }
        }

        return Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value)
            && !int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
    }
}
