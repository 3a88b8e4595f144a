namespace PartnerScreening.Domain.Registry;

/// <summary>An agreement (契約・協定) with a partner, as recorded in the office's ledger.</summary>
public sealed record Agreement
{
    public int Id { get; init; }

    public required int PartnerId { get; init; }

    public required AgreementKind Kind { get; init; }

    /// <summary>The department (部局) that holds the agreement.</summary>
    public string? Department { get; init; }

    /// <summary>The responsible researcher (担当研究者) on our side.</summary>
    public string? ResponsibleResearcher { get; init; }

    public string? Title { get; init; }

    public DateOnly? StartDate { get; init; }

    /// <summary>Last day of the agreement; null when open-ended.</summary>
    public DateOnly? EndDate { get; init; }

    public AgreementStatus Status { get; init; } = AgreementStatus.Active;

    public DateTimeOffset? ArchivedAt { get; init; }

    /// <summary>
    /// Returns true when the agreement is live on <paramref name="today"/>: not archived, under negotiation or
    /// active, and not past its end date. Partners of live agreements are rescreened every night.
    /// </summary>
    public bool IsLive(DateOnly today) =>
        ArchivedAt is null
        && Status is AgreementStatus.Negotiating or AgreementStatus.Active
        && (EndDate is null || EndDate >= today);
}

/// <summary>The kind of agreement.</summary>
public enum AgreementKind
{
    /// <summary>MOU (学術交流協定など)</summary>
    Mou,

    /// <summary>共同研究</summary>
    JointResearch,

    /// <summary>委託研究: research we commission from the partner.</summary>
    CommissionedResearch,

    /// <summary>受託研究: research the partner commissions from us.</summary>
    ContractResearch,

    /// <summary>NDA (秘密保持契約)</summary>
    Nda,

    /// <summary>その他</summary>
    Other,
}

/// <summary>Where an agreement stands.</summary>
public enum AgreementStatus
{
    /// <summary>交渉中</summary>
    Negotiating,

    /// <summary>有効</summary>
    Active,

    /// <summary>終了: ended or expired.</summary>
    Ended,

    /// <summary>解約: terminated before its end date.</summary>
    Terminated,
}
