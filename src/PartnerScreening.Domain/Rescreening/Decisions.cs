namespace PartnerScreening.Domain.Rescreening;

/// <summary>What is screened: a partner (by each of its names) or a researcher (by name, as a person).</summary>
public enum SubjectKind
{
    Partner,
    Researcher,
}

/// <summary>An officer's decision on a hit.</summary>
public enum DecisionKind
{
    /// <summary>該当（真の一致）: the subject is the listed party.</summary>
    TrueMatch,

    /// <summary>非該当（誤検知）: not the listed party; a reason is required.</summary>
    FalsePositive,

    /// <summary>審査会へ付議: escalated to the screening committee (安全保障輸出管理審査会).</summary>
    Escalated,
}

/// <summary>Why the rescreening raised an alert.</summary>
public enum AlertReason
{
    /// <summary>新規該当候補: the subject did not have this hit in the previous run.</summary>
    NewHit,

    /// <summary>掲載内容の変更: the listed party changed since the previous run or since the decision.</summary>
    ListedPartyChanged,

    /// <summary>スコアが警告閾値を超過: the score rose to or above the alert threshold.</summary>
    ScoreCrossedAlert,
}

/// <summary>The outcome of a rescreening run.</summary>
public enum RescreenRunStatus
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>Japanese and English labels of the rescreening enumerations.</summary>
public static class RescreeningTerms
{
    public static string Ja(DecisionKind value) => value switch
    {
        DecisionKind.TrueMatch => "該当（真の一致）",
        DecisionKind.FalsePositive => "非該当（誤検知）",
        DecisionKind.Escalated => "審査会へ付議",
    };

    public static string En(DecisionKind value) => value switch
    {
        DecisionKind.TrueMatch => "True match",
        DecisionKind.FalsePositive => "False positive",
        DecisionKind.Escalated => "Escalated to the committee",
    };

    public static string Ja(AlertReason value) => value switch
    {
        AlertReason.NewHit => "新規該当候補",
        AlertReason.ListedPartyChanged => "掲載内容の変更",
        AlertReason.ScoreCrossedAlert => "スコアが警告閾値を超過",
    };

    public static string En(AlertReason value) => value switch
    {
        AlertReason.NewHit => "New hit",
        AlertReason.ListedPartyChanged => "Listed party changed",
        AlertReason.ScoreCrossedAlert => "Score crossed the alert threshold",
    };

    public static string Ja(RescreenRunStatus value) => value switch
    {
        RescreenRunStatus.Running => "実行中",
        RescreenRunStatus.Succeeded => "成功",
        RescreenRunStatus.Failed => "失敗",
    };

    public static string Ja(SubjectKind value) => value switch
    {
        SubjectKind.Partner => "連携先機関",
        SubjectKind.Researcher => "外国籍研究員",
    };
}
