namespace PartnerScreening.Matching.Normalization;

/// <summary>Character classes the normaliser splits names by.</summary>
internal static class ScriptClassifier
{
    /// <summary>Han ideographs, hiragana, katakana and the prolonged sound mark: characters matched one by one.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'
            or >= '\u3400' and <= '\u4DBF'
            or >= '\uF900' and <= '\uFAFF'
            or (>= '\u3040' and <= '\u30FF' and not '\u30FB')
            or '\u3005' or '\u3006' or '\u3007';

    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '\u3005' or '\u3007';

    public static bool IsKana(char c) => c is >= '\u3040' and <= '\u30FF' and not '\u30FB';

    public static bool ContainsCjk(string text)
    {
        foreach (var c in text)
        {
            if (IsCjk(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Letters and digits of any script outside the Han and kana runs, including Hangul.</summary>
    public static bool IsWordChar(char c) => !IsCjk(c) && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);
}
