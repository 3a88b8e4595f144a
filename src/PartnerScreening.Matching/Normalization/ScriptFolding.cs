using System.Collections.Frozen;
using System.Text;
using AnyAscii;
using ICU4N.Text;

namespace PartnerScreening.Matching.Normalization;

/// <summary>
/// Folds Han and kana to one variant and romanises text. Japanese kanji forms go through the shinjitai table
/// first (沢 → 泽), then ICU's <c>Traditional-Simplified; Katakana-Hiragana</c> transliterator (清華 → 清华,
/// カブシキ → かぶしき). Romanisation uses AnyAscii: pinyin per Han character, and readings for kana,
/// Cyrillic, Hangul and other scripts.
/// </summary>
internal static class ScriptFolding
{
    // Created once: the first GetInstance costs about 0.4 s, and an instance is safe to share between threads
    // for Transliterate(string).
    private static readonly Transliterator HanKanaFolder = Transliterator.GetInstance("Traditional-Simplified; Katakana-Hiragana");

    /// <summary>Folds Han and kana; returns the folded text and which rules changed it.</summary>
    public static string FoldCjk(string text, FrozenDictionary<char, char> shinjitai, out NormalizationRules rules)
    {
        rules = NormalizationRules.None;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (shinjitai.TryGetValue(c, out var simplified))
            {
                builder.Append(simplified);
                rules |= NormalizationRules.ShinjitaiFolded;
            }
            else
            {
                builder.Append(c);
            }
        }

        var withShinjitai = builder.ToString();
        var folded = HanKanaFolder.Transliterate(withShinjitai);
        if (!string.Equals(folded, withShinjitai, StringComparison.Ordinal))
        {
            rules |= HasKatakana(withShinjitai) ? NormalizationRules.KatakanaToHiragana : NormalizationRules.None;
            rules |= ChangedHan(withShinjitai, folded) ? NormalizationRules.TraditionalToSimplified : NormalizationRules.None;
        }

        return folded;
    }

    /// <summary>Romanises one word of any script to lower-case ASCII letters and digits.</summary>
    public static string ToAsciiWord(string word)
    {
        var ascii = IsAscii(word) ? word : word.Transliterate();
        var builder = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Romanises a run of Han and kana: one syllable per Han character, one token per kana run.</summary>
    public static List<string> ToSyllables(string cjk)
    {
        var syllables = new List<string>();
        var kana = new StringBuilder();
        foreach (var c in cjk)
        {
            if (ScriptClassifier.IsKana(c))
            {
                kana.Append(c);
                continue;
            }

            FlushKana(kana, syllables);
            var syllable = ToAsciiWord(c.ToString());
            if (syllable.Length > 0)
            {
                syllables.Add(syllable);
            }
        }

        FlushKana(kana, syllables);
        return syllables;
    }

    public static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    private static void FlushKana(StringBuilder kana, List<string> syllables)
    {
        if (kana.Length == 0)
        {
            return;
        }

        var romanised = ToAsciiWord(kana.ToString());
        if (romanised.Length > 0)
        {
            syllables.Add(romanised);
        }

        kana.Clear();
    }

    private static bool HasKatakana(string text) => text.Any(c => c is >= '\u30A1' and <= '\u30FA');

    private static bool ChangedHan(string before, string after)
    {
        if (before.Length != after.Length)
        {
            return true;
        }

        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] != after[i] && ScriptClassifier.IsHan(before[i]))
            {
                return true;
            }
        }

        return false;
    }
}
