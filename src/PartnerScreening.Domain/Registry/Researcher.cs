namespace PartnerScreening.Domain.Registry;

/// <summary>A foreign researcher (外国籍研究員) hosted under one of the visiting schemes.</summary>
public sealed record Researcher
{
    public int Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The name in its original script (e.g. Chinese characters or Cyrillic), screened as well.</summary>
    public string? NameOriginal { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the nationality.</summary>
    public string? Nationality { get; init; }

    /// <summary>The partner the researcher comes from; it is screened together with the researcher.</summary>
    public int? HomeInstitutionId { get; init; }

    public required ResearcherScheme Scheme { get; init; }

    /// <summary>The hosting department (受入部局).</summary>
    public string? HostDepartment { get; init; }

    public DateOnly? StayStart { get; init; }

    public DateOnly? StayEnd { get; init; }

    /// <summary>Before arrival (入口管理).</summary>
    public ResearcherCheck EntryCheck { get; init; } = new();

    /// <summary>During the stay (中間管理).</summary>
    public ResearcherCheck MidStayCheck { get; init; } = new();

    /// <summary>Before departure (出口管理).</summary>
    public ResearcherCheck ExitCheck { get; init; } = new();

    public DateTimeOffset? ArchivedAt { get; init; }

    /// <summary>
    /// Returns true when the researcher is current on <paramref name="today"/>: not archived and not yet departed.
    /// A researcher who has not arrived yet is current too, because the check before arrival needs the screening.
    /// </summary>
    public bool IsCurrent(DateOnly today) => ArchivedAt is null && (StayEnd is null || StayEnd >= today);
}

/// <summary>The visiting scheme a foreign researcher is hosted under.</summary>
public enum ResearcherScheme
{
    /// <summary>協力研究員</summary>
    CooperativeResearcher,

    /// <summary>インターンシップ研修員</summary>
    InternshipTrainee,

    /// <summary>招へい専門員</summary>
    InvitedSpecialist,
}

/// <summary>The state of one of the three researcher checks, with the day it was completed and a note.</summary>
public sealed record ResearcherCheck(CheckState State = CheckState.NotStarted, DateOnly? CompletedOn = null, string? Note = null);

public enum CheckState
{
    /// <summary>未実施</summary>
    NotStarted,

    /// <summary>実施中</summary>
    InProgress,

    /// <summary>完了</summary>
    Completed,

    /// <summary>要対応: the check found something the office must act on.</summary>
    NeedsAttention,
}
