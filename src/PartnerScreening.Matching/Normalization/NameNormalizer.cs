using System.Text;
using System.Text.RegularExpressions;

namespace PartnerScreening.Matching.Normalization;

/// <summary>
/// Normalises listed names and queries alike: NFKC (width folding), invariant case folding, Latin diacritics
/// removed and other alphabets romanised, Han and kana folded to one variant, abbreviations expanded, legal
/// forms, generic words, stop words and numbers recognised, and acronyms collected. Thread-safe.
/// </summary>
public sealed partial class NameNormalizer
{
    private readonly NameTables tables;

    public NameNormalizer()
    {
        tables = NameTables.Load(FoldTableWord, FoldTableCjk);
    }

    /// <summary>The shared instance; loading the tables and ICU's transliterator costs about half a second once.</summary>
    public static NameNormalizer Shared { get; } = new();

    public NormalizedName Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var rules = NormalizationRules.None;

        var text = name.Normalize(NormalizationForm.FormKC);
        if (!string.Equals(text, name, StringComparison.Ordinal))
        {
            rules |= NormalizationRules.WidthFolded;
        }

        var legalKinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in tables.ParenthesisedLegalForms)
        {
            if (text.Contains(form.Tokens[0], StringComparison.Ordinal))
            {
                text = text.Replace(form.Tokens[0], " ", StringComparison.Ordinal);
                rules |= NormalizationRules.LegalFormIgnored;
                AddKind(legalKinds, form);
            }
        }

        var acronyms = new List<string>();
        text = ExtractParenthesisedAcronyms(text, acronyms, ref rules);
        text = text.ToLowerInvariant();

        var words = new List<string>();
        var cjk = new StringBuilder();
        SplitScripts(text, words, cjk);

        var tokens = new List<NameToken>();
        foreach (var word in words)
        {
            AddWordTokens(word, tokens, ref rules);
        }

        JoinInitials(tokens, ref rules);
        MarkLegalForms(tokens, legalKinds, ref rules);
        ReadNumberWords(tokens, ref rules);
        ReadRomanNumerals(tokens, ref rules);
        AssignRoles(tokens, ref rules);
        JoinAbdNames(tokens);
        MarkCountryNames(tokens);

        var cjkText = cjk.ToString();
        var numbers = tokens.Where(token => token.Role == TokenRole.Number).Select(token => token.Text).ToList();
        bool[] cjkGeneric = [];
        bool[] cjkWordStarts = [];
        List<string> syllables = [];
        List<NameToken> romanisedTokens = [];
        var cjkOnlyLegalForm = false;
        if (cjkText.Length > 0)
        {
            cjkText = ScriptFolding.FoldCjk(cjkText, tables.Shinjitai, out var cjkRules);
            rules |= cjkRules;
            cjkText = RemoveCjkLegalForms(cjkText, tokens.Any(token => token.IsMatchable), legalKinds, ref rules, out cjkOnlyLegalForm);
            (cjkGeneric, cjkWordStarts) = MarkCjkGenericWords(cjkText);
            numbers.AddRange(ChineseNumerals.Extract(cjkText));
            syllables = ScriptFolding.ToSyllables(cjkText);
            romanisedTokens = RomaniseCjkWords(cjkText, cjkGeneric, cjkWordStarts);
        }

        var statedAcronyms = acronyms.Distinct(StringComparer.Ordinal).ToList();
        AddInitialAcronyms(tokens, acronyms);

        return new NormalizedName
        {
            Original = name,
            Tokens = tokens,
            Cjk = cjkText,
            CjkGeneric = cjkGeneric,
            CjkWordStarts = cjkWordStarts,
            Syllables = syllables,
            Acronyms = acronyms.Distinct(StringComparer.Ordinal).ToList(),
            StatedAcronyms = statedAcronyms,
            Numbers = numbers.Distinct(StringComparer.Ordinal).ToList(),
            Rules = rules,
            CompactKey = BuildCompactKey(tokens, syllables),
            RomanisedTokens = romanisedTokens,
            LegalFormKinds = [.. legalKinds],
            IsOnlyLegalForm = (cjkText.Length == 0 || cjkOnlyLegalForm)
                && (cjkOnlyLegalForm || tokens.Any(token => token.Role == TokenRole.LegalForm))
                && tokens.All(token => token.Role is TokenRole.LegalForm or TokenRole.Stop),
        };
    }

    /// <summary>
    /// Romanises the Han and kana words of a name, one token a word. A generic word keeps its concept (大学 is
    /// university), and each other word joins its syllables (华为 → huawei, 四川 → sichuan). A Chinese name then
    /// meets a list that writes the name only in Latin letters.
    /// </summary>
    private List<NameToken> RomaniseCjkWords(string cjk, bool[] generic, bool[] starts)
    {
        var words = new List<NameToken>();
        var start = 0;
        while (start < cjk.Length)
        {
            // A kana run is one word however the Chinese two-character split divided it (はるびん is harubin).
            var end = start + 1;
            while (end < cjk.Length && (!starts[end] || (ScriptClassifier.IsKana(cjk[end]) && ScriptClassifier.IsKana(cjk[end - 1]) && !generic[end])))
            {
                end++;
            }

            var word = cjk[start..end];
            var romanised = string.Concat(ScriptFolding.ToSyllables(word));
            if (romanised.Length > 0)
            {
                words.Add(generic[start]
                    ? new NameToken(romanised, TokenRole.Generic, tables.CjkGenericConcepts.GetValueOrDefault(word))
                    : new NameToken(romanised, TokenRole.Word));
            }

            start = end;
        }

        return words;
    }

    /// <summary>Returns the concept of a folded generic word, or null.</summary>
    internal string? GenericConcept(string foldedWord) =>
        tables.GenericWords.TryGetValue(foldedWord, out var concept) ? concept : null;

    private static string ExtractParenthesisedAcronyms(string text, List<string> acronyms, ref NormalizationRules rules)
    {
        var found = false;
        var result = ParenthesisedAcronym().Replace(text, match =>
        {
            var letters = new string([.. match.Groups[1].Value.Where(char.IsAsciiLetterOrDigit)]).ToLowerInvariant();
            if (letters.Length < 2)
            {
                return match.Value;
            }

            acronyms.Add(letters);
            found = true;
            return " ";
        });
        if (found)
        {
            rules |= NormalizationRules.AcronymInParentheses;
        }

        return result;
    }

    private static void SplitScripts(string text, List<string> words, StringBuilder cjk)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (ScriptClassifier.IsCjk(c))
            {
                Flush(word, words);
                cjk.Append(c);
            }
            else if (ScriptClassifier.IsWordChar(c))
            {
                word.Append(c);
            }
            else if (c is '\'' or '\u2019' or '`' or '\u02BB' or '\u02BC')
            {
                // Apostrophes join a word: Mo'menin, O'Brien.
            }
            else
            {
                Flush(word, words);
            }
        }

        Flush(word, words);

        static void Flush(StringBuilder word, List<string> words)
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

    private void AddWordTokens(string word, List<NameToken> tokens, ref NormalizationRules rules)
    {
        var ascii = ScriptFolding.ToAsciiWord(word);
        if (ascii.Length == 0)
        {
            return;
        }

        if (!ScriptFolding.IsAscii(word))
        {
            rules |= word.Any(c => c is >= '\u00C0' and <= '\u024F')
                ? NormalizationRules.DiacriticsRemoved
                : NormalizationRules.Romanised;
        }

        if (Ordinals.TryParse(ascii, out var number))
        {
            rules |= NormalizationRules.OrdinalToNumber;
            tokens.Add(new NameToken(number, TokenRole.Number));
            return;
        }

        if (tables.Abbreviations.TryGetValue(ascii, out var expansion))
        {
            rules |= NormalizationRules.AbbreviationExpanded;
            ascii = expansion;
        }

        tokens.Add(new NameToken(ascii, TokenRole.Word));
    }

    private void MarkLegalForms(List<NameToken> tokens, HashSet<string> kinds, ref NormalizationRules rules)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tables.LegalFormsByFirstToken.TryGetValue(tokens[i].Text, out var forms))
            {
                continue;
            }

            foreach (var form in forms)
            {
                if (!MatchesAt(tokens, i, form.Tokens))
                {
                    continue;
                }

                for (var k = 0; k < form.Tokens.Length; k++)
                {
                    tokens[i + k] = tokens[i + k] with { Role = TokenRole.LegalForm };
                }

                rules |= NormalizationRules.LegalFormIgnored;
                AddKind(kinds, form);
                i += form.Tokens.Length - 1;
                break;
            }
        }
    }

    /// <summary>
    /// Joins a run of two or more single letters into one word (A.B.C. → abc, U.S. → us), so that initials written
    /// with dots meet the same initials written together. Legal forms written with dots (S.A., A/S, L.L.C.) join the
    /// same way and are then found in their joined form.
    /// </summary>
    private static void JoinInitials(List<NameToken> tokens, ref NormalizationRules rules)
    {
        for (var start = 0; start < tokens.Count; start++)
        {
            var end = start;
            while (end < tokens.Count && IsSingleLetter(tokens[end]))
            {
                end++;
            }

            if (end - start < 2)
            {
                continue;
            }

            var joined = string.Concat(tokens.Skip(start).Take(end - start).Select(token => token.Text));
            tokens.RemoveRange(start, end - start);
            tokens.Insert(start, new NameToken(joined, TokenRole.Word) { WrittenAsInitials = true });
            rules |= NormalizationRules.InitialsJoined;
        }

        static bool IsSingleLetter(NameToken token) => token.Role == TokenRole.Word && token.Text.Length == 1 && char.IsAsciiLetter(token.Text[0]);
    }

    /// <summary>Reads English cardinal words as numbers (three → 3, forty four → 44).</summary>
    private static void ReadNumberWords(List<NameToken> tokens, ref NormalizationRules rules)
    {
        var texts = tokens.Select(token => token.Role == TokenRole.Word ? token.Text : "").ToList();
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            // Walk backwards so a ten followed by a unit is read before the unit alone.
            var start = i > 0 && Ordinals.TryParseCardinal(texts, i - 1, out _) == 2 ? i - 1 : i;
            var wordCount = Ordinals.TryParseCardinal(texts, start, out var number);
            if (wordCount == 0)
            {
                continue;
            }

            tokens.RemoveRange(start, wordCount);
            tokens.Insert(start, new NameToken(number, TokenRole.Number));
            rules |= NormalizationRules.NumberWordToDigits;
            i = start;
        }
    }

    /// <summary>
    /// Reads a Roman numeral of two or more letters (II, VII, XIV) as a number when a word precedes it, as in a
    /// series (Fund VII, Capital Partners XII, Louis XIV). Single letters stay initials, a first word stays a
    /// word, and Xi is never read: it is a common Chinese name (Xi Jinping, Wang Jian Xi).
    /// </summary>
    private static void ReadRomanNumerals(List<NameToken> tokens, ref NormalizationRules rules)
    {
        var wordsBefore = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Role != TokenRole.Word)
            {
                continue;
            }

            if (wordsBefore >= 1 && tokens[i].Text != "xi" && Ordinals.TryParseRoman(tokens[i].Text, out var number))
            {
                tokens[i] = new NameToken(number, TokenRole.Number);
                rules |= NormalizationRules.RomanNumeral;
            }

            wordsBefore++;
        }
    }

    private static bool MatchesAt(List<NameToken> tokens, int start, string[] form)
    {
        if (start + form.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < form.Length; k++)
        {
            if (!string.Equals(tokens[start + k].Text, form[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void AssignRoles(List<NameToken> tokens, ref NormalizationRules rules)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tables.GivenNameForms.TryGetValue(tokens[i].Text, out var givenNames))
            {
                tokens[i] = tokens[i] with { GivenNames = givenNames };
            }

            var token = tokens[i];
            if (token.Role != TokenRole.Word)
            {
                continue;
            }

            if (token.Text.All(char.IsAsciiDigit))
            {
                tokens[i] = token with { Text = token.Text.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0", Role = TokenRole.Number };
            }
            else if (tables.StopWords.Contains(token.Text))
            {
                tokens[i] = token with { Role = TokenRole.Stop };
            }
            else if (tables.GenericWords.TryGetValue(token.Text, out var concept))
            {
                tokens[i] = token with { Role = TokenRole.Generic, Concept = concept };
                rules |= NormalizationRules.GenericWord;
            }
        }
    }

    // The article of an Arabic name after abd (servant of): al, el, ul and its assimilated forms (ar-Rahman, as-Salam).
    private static readonly HashSet<string> AbdArticles = ["al", "el", "ul", "ar", "as", "ad", "an", "at", "az", "ash", "ur", "ud", "ed", "er", "es"];

    private static readonly HashSet<string> AbdulSpellings = ["abdel", "abdal", "abdoul", "abdol", "abdool", "abdil"];

    /// <summary>
    /// Writes the first part of an Arabic theophoric name one way: Abd al-Aziz, Abd el Aziz, Abdel Aziz, Abdoul
    /// Aziz and Abdul Aziz all become abdul aziz.
    /// </summary>
    private static void JoinAbdNames(List<NameToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Role != TokenRole.Word)
            {
                continue;
            }

            if (token.Text == "abd" && i + 1 < tokens.Count - 1 && AbdArticles.Contains(tokens[i + 1].Text))
            {
                tokens[i] = token with { Text = "abdul" };
                tokens.RemoveAt(i + 1);
            }
            else if (AbdulSpellings.Contains(token.Text))
            {
                tokens[i] = token with { Text = "abdul" };
            }
        }
    }

    /// <summary>Marks runs of words that name a country (Chile, Saudi Arabia, United Arab Emirates).</summary>
    private void MarkCountryNames(List<NameToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Role is not (TokenRole.Word or TokenRole.Generic)
                || !tables.CountryNamesByFirstWord.TryGetValue(tokens[i].Text, out var names))
            {
                continue;
            }

            foreach (var name in names)
            {
                if (!MatchesAt(tokens, i, name))
                {
                    continue;
                }

                for (var k = i; k < i + name.Length; k++)
                {
                    tokens[k] = tokens[k] with { IsCountry = true };
                }

                i += name.Length - 1;
                break;
            }
        }
    }

    private string RemoveCjkLegalForms(string cjk, bool hasWords, HashSet<string> kinds, ref NormalizationRules rules, out bool onlyLegalForm)
    {
        onlyLegalForm = false;
        foreach (var form in tables.CjkLegalForms)
        {
            if (cjk.Contains(form.Tokens[0], StringComparison.Ordinal))
            {
                var removed = cjk.Replace(form.Tokens[0], "", StringComparison.Ordinal);

                // A name made only of a legal form keeps it: there is nothing else to match. 株式会社 KBM has KBM.
                if (removed.Length == 0 && !hasWords)
                {
                    onlyLegalForm = true;
                    continue;
                }

                cjk = removed;
                rules |= NormalizationRules.LegalFormIgnored;
                AddKind(kinds, form);
            }
        }

        return cjk;
    }

    private static void AddKind(HashSet<string> kinds, LegalForm form)
    {
        if (form.Kind is not null)
        {
            kinds.Add(form.Kind);
        }
    }

    private (bool[] Generic, bool[] WordStarts) MarkCjkGenericWords(string cjk)
    {
        var generic = new bool[cjk.Length];
        var starts = new bool[cjk.Length];
        foreach (var (word, _) in tables.CjkGenericWords)
        {
            var index = cjk.IndexOf(word, StringComparison.Ordinal);
            while (index >= 0)
            {
                // Longer generic words come first; a shorter one inside them does not split them again.
                if (!generic.AsSpan(index, word.Length).Contains(true))
                {
                    Array.Fill(generic, true, index, word.Length);
                    starts[index] = true;
                    if (index + word.Length < cjk.Length)
                    {
                        starts[index + word.Length] = true;
                    }
                }

                index = cjk.IndexOf(word, index + word.Length, StringComparison.Ordinal);
            }
        }

        if (cjk.Length > 0)
        {
            starts[0] = true;
        }

        SplitOtherRuns(generic, starts);
        return (generic, starts);
    }

    /// <summary>
    /// Splits each run of characters outside generic words into words the way Chinese names mostly divide:
    /// two characters a word, and a run of three (哈尔滨) or the last three of an odd run as one word.
    /// </summary>
    private static void SplitOtherRuns(bool[] generic, bool[] starts)
    {
        var i = 0;
        while (i < generic.Length)
        {
            if (generic[i])
            {
                i++;
                continue;
            }

            var end = i;
            while (end < generic.Length && !generic[end])
            {
                end++;
            }

            var length = end - i;
            for (var offset = 2; offset < length; offset += 2)
            {
                if (length % 2 == 1 && offset == length - 1)
                {
                    break;
                }

                starts[i + offset] = true;
            }

            if (end < generic.Length)
            {
                starts[end] = true;
            }

            i = end;
        }
    }

    /// <summary>
    /// Adds the initials of a name of two or more words as acronyms: of every word, and of the words without
    /// legal forms (China Electronics Technology Group Corporation → cetgc, cetg).
    /// </summary>
    private static void AddInitialAcronyms(List<NameToken> tokens, List<string> acronyms)
    {
        var words = tokens.Where(token => token.Role is TokenRole.Word or TokenRole.Generic or TokenRole.LegalForm).ToList();
        if (words.Count < 2)
        {
            return;
        }

        acronyms.Add(new string([.. words.Select(token => token.Text[0])]));
        var withoutLegal = words.Where(token => token.Role != TokenRole.LegalForm).ToList();
        if (withoutLegal.Count >= 2)
        {
            acronyms.Add(new string([.. withoutLegal.Select(token => token.Text[0])]));
        }
    }

    private static string BuildCompactKey(List<NameToken> tokens, List<string> syllables)
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Role is TokenRole.Word or TokenRole.Generic or TokenRole.Number)
            {
                builder.Append(token.Text);
            }
        }

        foreach (var syllable in syllables)
        {
            builder.Append(syllable);
        }

        return builder.ToString();
    }

    private static string FoldTableWord(string word) => ScriptFolding.ToAsciiWord(word.Normalize(NormalizationForm.FormKC).ToLowerInvariant());

    private static string FoldTableCjk(string word) => ScriptFolding.FoldCjk(word.Normalize(NormalizationForm.FormKC), System.Collections.Frozen.FrozenDictionary<char, char>.Empty, out _);

    // An acronym in parentheses: two to twelve capitals or digits, with optional spaces, dots, hyphens or &.
    [GeneratedRegex(@"[(\[]\s*([A-Z][A-Z0-9&.\- ]{1,14}?)\s*[)\]]", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedAcronym();
}
