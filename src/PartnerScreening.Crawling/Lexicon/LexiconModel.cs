namespace PartnerScreening.Crawling.Lexicon;

/// <summary>
/// How a finding links the partner to the military, as the screening committee distinguishes them.
/// <see cref="Topic"/> marks weapons or dual-use subjects that show no relation by themselves.
/// </summary>
public enum RelationType
{
    /// <summary>The military itself: armed forces, their units and military universities.</summary>
    Military,

    /// <summary>A research institute in the military's line (under a military body or defence agency).</summary>
    MilitaryResearchInstitute,

    /// <summary>A defence-research department, discipline or laboratory inside the institution.</summary>
    DefenceResearchUnit,

    /// <summary>Funding, contracts or programmes from military or defence bodies.</summary>
    MilitaryFunding,

    /// <summary>Officer or NCO education for the armed forces.</summary>
    OfficerEducation,

    /// <summary>Partnership with defence-industry groups.</summary>
    DefenceIndustryPartnership,

    /// <summary>Secrecy qualifications or defence-production licences.</summary>
    SecrecyCredential,

    /// <summary>A weapons or dual-use subject with no relation by itself.</summary>
    Topic,
}

/// <summary>Evidence strength: strong is reportable by itself, medium needs review, weak counts only with a relation word.</summary>
public enum EvidenceStrength
{
    Weak,
    Medium,
    Strong,
}

/// <summary>One lexicon entry: a literal term or a regular expression, with what a match means and where it misleads.</summary>
public sealed record LexiconTerm
{
    /// <summary>Stable identifier, unique across the shipped and officer-added terms.</summary>
    public required string Id { get; init; }

    /// <summary>The term as written on pages; also the label shown when <see cref="Pattern"/> is set.</summary>
    public required string Term { get; init; }

    /// <summary>A .NET regular expression matched instead of the literal term, for unit designators such as <c>\d{5}部队</c>.</summary>
    public string? Pattern { get; init; }

    /// <summary>BCP 47 language of the term: en, zh-Hans, zh-Hant, ja, ko, ru.</summary>
    public required string Language { get; init; }

    /// <summary>Category, e.g. MilitaryOrganization, DefenceLaboratory, DefenceIndustryGroup.</summary>
    public required string Category { get; init; }

    public required RelationType RelationType { get; init; }

    /// <summary>Strength of a match without a relation word in the same sentence.</summary>
    public required EvidenceStrength Weight { get; init; }

    /// <summary>Strength with a relation word (agreement, funded by, 合作, 共同研究 …); one step above <see cref="Weight"/> when unset.</summary>
    public EvidenceStrength? WeightWithRelation { get; init; }

    /// <summary>Phrases that make a match in the same sentence a false positive (军训 for 解放军, polylactic for PLA).</summary>
    public IReadOnlyList<string> FalsePositiveContexts { get; init; } = [];

    /// <summary>When set, a match counts only if one of these phrases is in the same sentence (PLA needs Army, Navy …).</summary>
    public IReadOnlyList<string> RequiresNearby { get; init; } = [];

    /// <summary>When set, the term counts only on pages whose language starts with one of these tags (中科院 means NCSIST only in Taiwan).</summary>
    public IReadOnlyList<string> PageLanguages { get; init; } = [];

    /// <summary>Why the term matters or how it misleads.</summary>
    public string? Note { get; init; }

    /// <summary>Where the term comes from: <c>shipped</c> or <c>officer</c>.</summary>
    public string Origin { get; init; } = "shipped";
}

/// <summary>A phrase that hides any term match lying inside it, e.g. 南京信息工程大学 around 信息工程大学, or 軍手 around 軍.</summary>
public sealed record LexiconTrap(string Text, string Language, string? Note);

/// <summary>Negation cues of one language: words before a match, words after it in the same clause, and look-alikes that are no negation.</summary>
public sealed record NegationCues(IReadOnlyList<string> Before, IReadOnlyList<string> After, IReadOnlyList<string> NotNegations);

/// <summary>A host whose links from a partner page count as evidence (a ministry of defence, a military news site).</summary>
public sealed record DefenceDomain(string Domain, string Name, string Category, RelationType RelationType, EvidenceStrength Weight);

/// <summary>The lexicon file <c>data/lexicon/military-links.json</c>.</summary>
public sealed record LexiconDocument
{
    public required string Version { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<LexiconTerm> Terms { get; init; } = [];

    public IReadOnlyList<LexiconTrap> Traps { get; init; } = [];

    /// <summary>Relation words per language (合作, 共同研究, funded by …) that raise a match's strength.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RelationWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, NegationCues> Negations { get; init; } = new Dictionary<string, NegationCues>();

    public IReadOnlyList<DefenceDomain> DefenceDomains { get; init; } = [];
}
