namespace PartnerScreening.Matching.Index;

/// <summary>Field names of the name index; one Lucene document per listed name or alias.</summary>
internal static class IndexFields
{
    /// <summary>Folded words outside Han and kana runs, romanised when not Latin.</summary>
    public const string Latin = "lat";

    /// <summary>Han and kana unigrams and bigrams after folding.</summary>
    public const string Cjk = "cjk";

    /// <summary>Romanised Han and kana syllables with their two- and three-syllable joins.</summary>
    public const string Romanised = "rom";

    public const string Acronym = "acr";

    /// <summary>
    /// Distinctive words of four or more letters and each of them with one letter deleted: a query word and a listed
    /// word one edit apart share one of these terms (a deletion neighbourhood, as SymSpell uses).
    /// </summary>
    public const string Deletions = "del";

    public const string Country = "cc";

    public const string Source = "src";

    public const string Kind = "kind";

    /// <summary>Stored position of the name in the index's name table.</summary>
    public const string Ordinal = "ord";
}
