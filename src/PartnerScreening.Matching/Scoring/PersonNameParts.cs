using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Scoring;

/// <summary>
/// Parts of a person's name that one writing may leave out: middle names and East Slavic patronymics.
/// </summary>
internal static class PersonNameParts
{
    // Russian, Ukrainian and Belarusian patronymics as romanised: Viktorovich, Oleksandrovych, Ivanovna, Petrivna.
    // South Slavic names in -ović and -ević are family names and keep their full weight.
    private static readonly string[] PatronymicEndings = ["ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna"];

    public static bool IsPatronymic(NameToken token) =>
        token.Role == TokenRole.Word && token.Text.Length > 6
        && PatronymicEndings.Any(ending => token.Text.EndsWith(ending, StringComparison.Ordinal));

    /// <summary>
    /// Marks the words of one name that the other lacks and that may be left out: a patronymic anywhere, or a single
    /// word between the first and last words both names share (Barack [Hussein] Obama). Several such words are more
    /// than a left-out middle name: in Arabic names they are the generations of a lineage, which identify the person.
    /// </summary>
    /// <param name="tokens">The words of one name.</param>
    /// <param name="matched">Whether a word is aligned with a word of the other name.</param>
    /// <param name="start">
    /// Where the name starts when read in the other name's order: a list that writes the family name first
    /// (KHAMENEI, Ali Husseini) is read from Ali, so Husseini is between Ali and Khamenei.
    /// </param>
    public static bool[] Omittable(IReadOnlyList<NameToken> tokens, Func<int, bool> matched, int start = 0)
    {
        var result = new bool[tokens.Count];
        int Rotated(int i) => (i - start + tokens.Count) % tokens.Count;
        int first = -1, last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (matched(i) && tokens[i].Role == TokenRole.Word)
            {
                first = first < 0 ? Rotated(i) : Math.Min(first, Rotated(i));
                last = Math.Max(last, Rotated(i));
            }
        }

        var interior = Enumerable.Range(0, tokens.Count).Where(i => Rotated(i) > first && Rotated(i) < last && !matched(i) && tokens[i].Role == TokenRole.Word).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!matched(i) && tokens[i].Role == TokenRole.Word)
            {
                result[i] = IsPatronymic(tokens[i]) || (interior.Count == 1 && interior[0] == i);
            }
        }

        return result;
    }
}
