namespace PartnerScreening.Lists.Sources.MetiEndUserList;

/// <summary>
/// Reads the WMD category cell (懸念区分) and the conventional-weapons cell (通常兵器) of the End User List.
/// </summary>
/// <remarks>
/// The WMD cell is <c>Japanese words\ncodes</c>, e.g. <c>生物、化学、ミサイル、核\nB,C,M,N</c>. The real files also
/// have <c>ミサイルM</c> without the line break, <c>M、N</c> with an ideographic comma, a full-width <c>Ｎ</c> and
/// trailing spaces, so the codes are taken as the ASCII letters of the NFKC-normalised text, and the Japanese
/// words are used when the codes are missing.
/// </remarks>
internal static class MetiCategories
{
    /// <summary>The WMD categories in the order the list prints them: biological, chemical, missile, nuclear.</summary>
    public static IReadOnlyList<string> All => CodeOrder;

    private static readonly string[] CodeOrder = ["B", "C", "M", "N"];

    private static readonly (string Word, string Code)[] JapaneseWords =
    [
        ("生物", "B"),
        ("化学", "C"),
        ("ミサイル", "M"),
        ("核", "N"),
    ];

    /// <summary>
    /// Returns the category codes of a normalised WMD cell in B, C, M, N order, and a problem description when
    /// the cell contains an unknown code or Japanese words that name a category the codes lack.
    /// </summary>
    public static (IReadOnlyList<string> Codes, string? Problem) ParseWmd(string normalizedCell)
    {
        if (normalizedCell.Length == 0)
        {
            return ([], null);
        }

        var fromCodes = new bool[All.Count];
        var unknown = new List<string>();
        var index = 0;
        while (index < normalizedCell.Length)
        {
            if (!char.IsAsciiLetter(normalizedCell[index]))
            {
                index++;
                continue;
            }

            var start = index;
            while (index < normalizedCell.Length && char.IsAsciiLetter(normalizedCell[index]))
            {
                index++;
            }

            var token = normalizedCell[start..index];
            var position = token.Length == 1 ? Array.IndexOf(CodeOrder, token.ToUpperInvariant()) : -1;
            if (position < 0)
            {
                unknown.Add(token);
                continue;
            }

            fromCodes[position] = true;
        }

        var fromWords = new bool[All.Count];
        foreach (var (word, code) in JapaneseWords)
        {
            fromWords[Array.IndexOf(CodeOrder, code)] = normalizedCell.Contains(word, StringComparison.Ordinal);
        }

        var anyCode = Array.IndexOf(fromCodes, true) >= 0;
        var chosen = anyCode ? fromCodes : fromWords;
        var codes = new List<string>(All.Count);
        for (var position = 0; position < All.Count; position++)
        {
            if (chosen[position])
            {
                codes.Add(All[position]);
            }
        }

        string? problem = null;
        if (unknown.Count > 0)
        {
            problem = $"unknown WMD category '{string.Join(", ", unknown)}' ignored";
        }
        else if (anyCode && WordsMissingFromCodes(fromWords, fromCodes))
        {
            problem = $"the Japanese category words name more categories than the codes '{string.Join(",", codes)}'; the codes were kept";
        }
        else if (codes.Count == 0)
        {
            problem = "WMD cell has neither category codes nor category words";
        }

        return (codes, problem);
    }

    /// <summary>
    /// Returns true when the Japanese words name a category the codes lack. Fewer words than codes is normal:
    /// the PDF edition clips the Japanese words of a narrow cell, while the codes line fits.
    /// </summary>
    private static bool WordsMissingFromCodes(bool[] fromWords, bool[] fromCodes)
    {
        for (var position = 0; position < fromWords.Length; position++)
        {
            if (fromWords[position] && !fromCodes[position])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns true when the conventional-weapons cell is filled, with a problem description when it contains
    /// something other than <c>通常兵器</c> / <c>CW</c> (the flag is still set, to err on the side of caution).
    /// </summary>
    public static (bool Flag, string? Problem) ParseConventionalWeapons(string normalizedCell)
    {
        if (normalizedCell.Length == 0)
        {
            return (false, null);
        }

        var recognised = normalizedCell.Contains("通常兵器", StringComparison.Ordinal)
            || normalizedCell.Contains("CW", StringComparison.OrdinalIgnoreCase);
        return (true, recognised ? null : $"conventional-weapons cell '{normalizedCell}' is not 通常兵器/CW; the flag was set");
    }
}
