namespace PartnerScreening.Matching.Scoring;

/// <summary>The scorer's weights, named so that explanations and tests can refer to them.</summary>
internal static class ScoreWeights
{
    /// <summary>Share of a generic word's rarity weight (university, 研究所) when both names have it, because it is weak evidence of one entity.</summary>
    public const double GenericWord = 0.25;

    /// <summary>
    /// Share of a generic word's rarity weight when only one name has it: Montana Tech and Montana Management
    /// differ in their generic words, which is evidence that they are different entities.
    /// </summary>
    public const double UnmatchedGenericWord = 1.0;

    /// <summary>Fixed weight of a legal form, against about 3 to 11 for a distinctive word.</summary>
    public const double LegalForm = 0.05;

    /// <summary>Smallest weight of a number: numbers identify entities (771 Research Institute) even when common.</summary>
    public const double MinimumNumber = 2.0;

    /// <summary>Share of a generic Han or kana character's rarity weight (大, 学, 研).</summary>
    public const double GenericCjkCharacter = 0.3;

    /// <summary>
    /// Factor applied when both names carry numbers and they differ (28th vs 29th institute, Fund VII vs Fund VIII).
    /// A name that agrees in everything else scores at most 80: shown for review as a sibling of the listed
    /// entity, below the default alert threshold of 85. A matching country does not lift it to alert either.
    /// </summary>
    public const double NumberConflict = 0.8;

    /// <summary>
    /// Factor applied when the names' legal forms make different kinds of legal entity (AG and GmbH, L.P. and Inc.)
    /// and the names also differ in a word: another entity, shown for review like a sibling of a numbered series and
    /// not lifted to alert by a matching country. Names that agree in every word keep their score, because a company
    /// that changes its legal form (ZAO to AO) keeps its name.
    /// </summary>
    public const double LegalFormConflict = 0.8;

    /// <summary>Score of a query that is an acronym the listed name states (HIT → Harbin Institute of Technology (HIT)).</summary>
    public const double Acronym = 80;

    /// <summary>
    /// Score of a query that is only the initials of the listed name's words (HIT → Hongbo Industrial Technology):
    /// shown for review, ranked below a stated acronym.
    /// </summary>
    public const double AcronymOfInitials = 75;

    /// <summary>Score of a Chinese short form that takes a leading part of every word of the listed name (西工大 → 西北工业大学).</summary>
    public const double ChineseShortForm = 82;

    /// <summary>Smallest Jaro-Winkler similarity of the romanised keys of a Latin name and a Han or kana name.</summary>
    public const double CrossScriptMinimum = 0.9;

    /// <summary>
    /// Largest folded edit cost between the joined keys of two Latin names written with different spacing: one
    /// typo (SiemensAG, Siemens AG; Mohammadhasni, Mohammad Hasni).
    /// </summary>
    public const double SpacingMaximumEdit = 1.0;

    /// <summary>Factor applied when each name has a distinctive word the other lacks: a substitution, not an omission.</summary>
    public const double WordsDiffer = 0.75;

    /// <summary>Factor applied when the parts of a person's name are aligned in an order other than a rotation.</summary>
    public const double NameOrderDiffers = 0.6;

    /// <summary>
    /// Factor applied when only the names between a person's first and last name parts change order (Reinaldo
    /// Gregorio Lenin Cerna, Reinaldo Lenin Gregorio Cerna). Lists order middle names loosely. In an Arabic name,
    /// though, the same words in another order name another father and grandfather, so such a name shows for
    /// review and not as an alert.
    /// </summary>
    public const double MiddleNamesReordered = 0.8;

    /// <summary>
    /// Factor applied when a listed organisation's name ends in a country's name that the query lacks (Banco
    /// Santander against the listed Banco Santander Chile). The listed entity is then a national subsidiary or
    /// branch, another legal entity than the parent the query names. A country at the start of the name is part of
    /// it (China Unicom). A country only in the query is not counted, because a partner named like a listed entity
    /// and a country may be its branch or affiliate. The factor is taken back when the party is in the query's
    /// country (Bank Saderat Iran for a query about Iran). A listed name is also indexed without its round brackets,
    /// so a country in them is not counted either.
    /// </summary>
    public const double CountryQualifier = 0.85;

    /// <summary>
    /// Share of the weight of a person's name part that only one name has when it is a middle name (between two
    /// parts both names share) or a patronymic: Sergey Lavrov is Sergey Viktorovich Lavrov with the patronymic left out.
    /// </summary>
    public const double OmittedNamePart = 0.4;

    /// <summary>Highest score of a match in which only initials agree (N.N. against Nursultan Nazarbayev).</summary>
    public const double InitialsOnly = 50;

    /// <summary>Points added when the listed party is in the query's country, or removed when it is not.</summary>
    public const double CountryMatch = 5;

    public const double CountryMismatch = 10;
}
