namespace PartnerScreening.Domain.Registry;

/// <summary>
/// A partner institution (連携先機関): a university, research institute, company or government body that the
/// office has or plans an agreement with, or that a hosted researcher comes from.
/// </summary>
public sealed record Partner
{
    /// <summary>Registry id; 0 for a partner not stored yet.</summary>
    public int Id { get; init; }

    /// <summary>Every name of the partner, the primary name first. Each name is screened on its own.</summary>
    public required IReadOnlyList<PartnerName> Names { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the seat, or null when unknown.</summary>
    public string? Country { get; init; }

    public PartnerType Type { get; init; } = PartnerType.Other;

    /// <summary>Absolute http or https addresses of the partner's websites.</summary>
    public IReadOnlyList<string> Websites { get; init; } = [];

    public string? Notes { get; init; }

    /// <summary>When the partner was archived; archived partners are kept but no longer screened.</summary>
    public DateTimeOffset? ArchivedAt { get; init; }

    /// <summary>The primary name (the first one).</summary>
    public string PrimaryName => Names.Count > 0 ? Names[0].Value : "";
}

/// <summary>A name of a partner with its language (BCP 47, e.g. <c>ja</c>, <c>en</c>, <c>zh</c>) when known.</summary>
public sealed record PartnerName(string Value, string? Language = null);

/// <summary>The kind of institution a partner is.</summary>
public enum PartnerType
{
    /// <summary>大学</summary>
    University,

    /// <summary>公的研究機関</summary>
    PublicResearchInstitute,

    /// <summary>企業</summary>
    Company,

    /// <summary>政府機関</summary>
    GovernmentBody,

    /// <summary>その他: the ledger did not say.</summary>
    Other,
}
