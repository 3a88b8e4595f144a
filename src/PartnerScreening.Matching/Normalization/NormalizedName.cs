namespace PartnerScreening.Matching.Normalization;

/// <summary>What a token contributes to a name's identity.</summary>
public enum TokenRole
{
    /// <summary>A distinctive word; weighs by its rarity in the index.</summary>
    Word,

    /// <summary>A generic organisation word (university, institute, 研究所); weighs little.</summary>
    Generic,

    /// <summary>A legal form (Ltd., GmbH, ООО, 株式会社); weighs almost nothing.</summary>
    LegalForm,

    /// <summary>A number or ordinal (28th, 第二十八); numbers of two names must agree.</summary>
    Number,

    /// <summary>A word such as "of" or "the" that is left out of matching.</summary>
    Stop,
}

/// <summary>Normalisation steps that changed a name; they are reported in match explanations.</summary>
[Flags]
public enum NormalizationRules
{
    None = 0,
    WidthFolded = 1 << 0,
    DiacriticsRemoved = 1 << 1,
    TraditionalToSimplified = 1 << 2,
    ShinjitaiFolded = 1 << 3,
    KatakanaToHiragana = 1 << 4,
    Romanised = 1 << 5,
    LegalFormIgnored = 1 << 6,
    AbbreviationExpanded = 1 << 7,
    AcronymInParentheses = 1 << 8,
    GenericWord = 1 << 9,
    OrdinalToNumber = 1 << 10,
    InitialsJoined = 1 << 11,
    NumberWordToDigits = 1 << 12,
    RomanNumeral = 1 << 13,
}

/// <summary>
/// A word of a name folded to lower-case ASCII (romanised when the script is not Latin), with its role.
/// <see cref="Concept"/> is shared by generic words of the same meaning across languages
/// (university = universitet = 大学).
/// </summary>
public sealed record NameToken(string Text, TokenRole Role, string? Concept = null)
{
    /// <summary>True when the word was written as single letters (J.-C., A B C) and joined.</summary>
    public bool WrittenAsInitials { get; init; }

    /// <summary>The given names this word is a form of (ted → edward, theodore), or null for any other word.</summary>
    public string[]? GivenNames { get; init; }

    /// <summary>True when the word is, or is part of, a country's name (Chile, United Kingdom).</summary>
    public bool IsCountry { get; init; }

    public bool IsMatchable => Role is not TokenRole.Stop;

    public bool IsDistinctive => Role is TokenRole.Word or TokenRole.Number;
}

/// <summary>
/// A name after normalisation: its words, its Chinese or Japanese characters folded to one variant,
/// their romanisation and the acronyms it stands for. Listed names and queries go through the same steps.
/// </summary>
public sealed class NormalizedName
{
    public required string Original { get; init; }

    /// <summary>Words of the name outside Han and kana runs, in order, as lower-case ASCII.</summary>
    public required IReadOnlyList<NameToken> Tokens { get; init; }

    /// <summary>Han and kana characters, folded to simplified Chinese and hiragana, legal forms removed.</summary>
    public required string Cjk { get; init; }

    /// <summary>For each character of <see cref="Cjk"/>, whether it belongs to a generic word such as 大学.</summary>
    public required bool[] CjkGeneric { get; init; }

    /// <summary>
    /// For each character of <see cref="Cjk"/>, whether a word starts there: generic words from the table are
    /// words of their own, and each run between them is one word (西北|工业|大学).
    /// </summary>
    public required bool[] CjkWordStarts { get; init; }

    /// <summary>Romanised syllables of <see cref="Cjk"/> (pinyin readings for Han, kana romanised per run).</summary>
    public required IReadOnlyList<string> Syllables { get; init; }

    /// <summary>Acronyms the name stands for: given in parentheses, or made of the words' initials.</summary>
    public required IReadOnlyList<string> Acronyms { get; init; }

    /// <summary>The acronyms the name itself gives in parentheses, Harbin Institute of Technology (HIT).</summary>
    public IReadOnlyList<string> StatedAcronyms { get; init; } = [];

    /// <summary>Numbers in the name, from digits, ordinals and Chinese numerals, as decimal strings.</summary>
    public required IReadOnlyList<string> Numbers { get; init; }

    public required NormalizationRules Rules { get; init; }

    /// <summary>The name's identity-bearing words and syllables joined without spaces, for merged-word and cross-script comparison.</summary>
    public required string CompactKey { get; init; }

    /// <summary>
    /// The kinds of legal entity the name's legal forms make: stock for AG or 株式会社, limited-liability for GmbH or
    /// ООО, partnership, non-profit, or company for the forms any company uses (Ltd., Inc.). Empty without a form.
    /// </summary>
    public IReadOnlyList<string> LegalFormKinds { get; init; } = [];

    /// <summary>
    /// The Han and kana words romanised, one token a word (四川大学 → sichuan, university), for comparing the name
    /// with a name written only in Latin letters. Empty when the name has no Han or kana.
    /// </summary>
    public IReadOnlyList<NameToken> RomanisedTokens { get; init; } = [];

    /// <summary>True when the name is nothing but legal forms (株式会社, Joint Stock Company), which name no one.</summary>
    public bool IsOnlyLegalForm { get; init; }

    // Computed once on first use, because the scorer reads them for every candidate name of every query.
    private IReadOnlyList<NameToken>? matchableTokens;
    private string? joinedWords;
    private bool? hasDistinctiveTokens;

    /// <summary>The tokens that take part in matching (all but stop words), in order.</summary>
    public IReadOnlyList<NameToken> MatchableTokens => matchableTokens ??= [.. Tokens.Where(token => token.IsMatchable)];

    /// <summary>The matchable tokens joined without spaces, as a query that may be an acronym (KOMID, H.I.T.).</summary>
    public string JoinedWords => joinedWords ??= string.Concat(MatchableTokens.Select(token => token.Text));

    public bool HasTokens => MatchableTokens.Count > 0;

    public bool HasDistinctiveTokens => hasDistinctiveTokens ??= Tokens.Any(token => token.IsDistinctive);

    public bool HasCjk => Cjk.Length > 0;
}
