using System.Globalization;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Normalization;
using PartnerScreening.Matching.Scoring;

namespace PartnerScreening.Matching.Explanation;

/// <summary>Turns a scored name match into the explanation shown to the officer, in Japanese and English.</summary>
internal static class ExplanationWriter
{
    public static MatchExplanation Write(NormalizedName query, NormalizedName listed, string matchedName, NameMatch match, double score, string? countryRule)
    {
        var rules = new List<string>();
        rules.AddRange(RuleIds(query.Rules | listed.Rules));
        rules.AddRange(match.Rules);
        if (countryRule is not null)
        {
            rules.Add(countryRule);
        }

        rules = [.. rules.Distinct(StringComparer.Ordinal)];
        var matchedTokens = match.Alignments.Count(alignment => alignment.Similarity > 0 && alignment.QueryToken.Length > 0);
        var queryTokens = match.Alignments.Count(alignment => alignment.QueryToken.Length > 0);
        var scoreText = score.ToString("0.#", CultureInfo.InvariantCulture);
        if (score <= 0 || match.Method == "none")
        {
            return new MatchExplanation
            {
                Tokens = match.Alignments,
                Rules = rules,
                SummaryEn = $"No match with the listed name \"{matchedName}\" (score {scoreText}).",
                SummaryJa = $"掲載名「{matchedName}」とは一致しません（スコア {scoreText}）。",
            };
        }

        return new MatchExplanation
        {
            Tokens = match.Alignments,
            Rules = rules,
            SummaryEn = $"Matched the listed name \"{matchedName}\" with score {scoreText} by {MethodEn(match.Method)}"
                + (match.Method == "tokens" ? $": {matchedTokens} of {queryTokens} query words agree" : "")
                + (rules.Count > 0 ? $". Rules: {string.Join(", ", rules.Select(RuleEn))}." : "."),
            SummaryJa = $"掲載名「{matchedName}」と{MethodJa(match.Method)}で一致（スコア {scoreText}）"
                + (match.Method == "tokens" ? $"：照会語 {queryTokens} 語中 {matchedTokens} 語が一致" : "")
                + (rules.Count > 0 ? $"。適用規則：{string.Join("、", rules.Select(RuleJa))}。" : "。"),
        };
    }

    private static IEnumerable<string> RuleIds(NormalizationRules rules)
    {
        if (rules.HasFlag(NormalizationRules.WidthFolded)) yield return "width-folded";
        if (rules.HasFlag(NormalizationRules.DiacriticsRemoved)) yield return "diacritics-removed";
        if (rules.HasFlag(NormalizationRules.TraditionalToSimplified)) yield return "traditional-to-simplified";
        if (rules.HasFlag(NormalizationRules.ShinjitaiFolded)) yield return "japanese-kanji-folded";
        if (rules.HasFlag(NormalizationRules.KatakanaToHiragana)) yield return "katakana-to-hiragana";
        if (rules.HasFlag(NormalizationRules.Romanised)) yield return "romanised";
        if (rules.HasFlag(NormalizationRules.AbbreviationExpanded)) yield return "abbreviation-expanded";
        if (rules.HasFlag(NormalizationRules.OrdinalToNumber)) yield return "ordinal-to-number";
        if (rules.HasFlag(NormalizationRules.InitialsJoined)) yield return "initials-joined";
        if (rules.HasFlag(NormalizationRules.NumberWordToDigits)) yield return "number-word-to-digits";
        if (rules.HasFlag(NormalizationRules.RomanNumeral)) yield return "roman-numeral";
    }

    private static string MethodEn(string method) => method switch
    {
        "tokens" => "word alignment",
        "cjk" => "ordered Chinese/Japanese characters",
        "hangul" => "Hangul syllables in order",
        "romanised" => "romanised spelling across scripts",
        "joined" => "the name written without spaces",
        "acronym" => "acronym",
        _ => method,
    };

    private static string MethodJa(string method) => method switch
    {
        "tokens" => "語の対応付け",
        "cjk" => "漢字・かなの順序一致",
        "hangul" => "ハングル音節の順序一致",
        "romanised" => "ローマ字表記（文字体系の違いを越えて）",
        "joined" => "空白を除いた表記",
        "acronym" => "略称（頭字語）",
        _ => method,
    };

    private static string RuleEn(string rule) => rule switch
    {
        "width-folded" => "full-width characters folded",
        "diacritics-removed" => "diacritics removed",
        "traditional-to-simplified" => "traditional Chinese folded to simplified",
        "japanese-kanji-folded" => "Japanese kanji forms folded",
        "katakana-to-hiragana" => "katakana folded to hiragana",
        "romanised" => "romanised",
        "abbreviation-expanded" => "abbreviation expanded",
        "ordinal-to-number" => "ordinal read as a number",
        "initials-joined" => "initials written with dots joined (A.B.C. → ABC)",
        "number-word-to-digits" => "number written in words read as digits",
        "roman-numeral" => "Roman numeral read as a number",
        "initial" => "initial stands for a given name",
        "initials-of-words" => "initials stand for several words",
        "words-joined" => "words written together or apart",
        "words-differ" => "each name has a word the other lacks",
        "name-order-differs" => "name parts in another order than a rotation",
        "initials-only" => "only initials agree",
        "legal-form-ignored" => "legal form ignored",
        "generic-word-low-weight" => "generic words weighted low",
        "fuzzy-token" => "spelling difference tolerated",
        "same-concept-across-languages" => "same word in another language",
        "abbreviation-prefix" => "abbreviated word",
        "numbers-differ" => "numbers differ",
        "legal-forms-differ" => "legal forms of different kinds",
        "country-qualifier" => "a country's name in one name only (a subsidiary or branch?)",
        "middle-names-reordered" => "middle names in another order",
        "middle-name-omitted" => "middle name or patronymic in one name only, weighed less",
        "given-name-form" => "familiar form of a given name",
        "cjk-ordered-characters" => "characters compared in order",
        "hangul-syllables" => "Hangul compared syllable by syllable",
        "chinese-short-form" => "Chinese short form",
        "spacing-ignored" => "spacing ignored",
        "acronym" => "acronym",
        "acronym-of-initials" => "initials of the listed words, not an acronym the list gives",
        "country-match" => "same country",
        "country-differs" => "different country",
        _ => rule,
    };

    private static string RuleJa(string rule) => rule switch
    {
        "width-folded" => "全角・半角の統一",
        "diacritics-removed" => "アクセント記号の除去",
        "traditional-to-simplified" => "繁体字を簡体字に統一",
        "japanese-kanji-folded" => "日本の新字体を統一",
        "katakana-to-hiragana" => "カタカナをひらがなに統一",
        "romanised" => "ローマ字化",
        "abbreviation-expanded" => "略語の展開",
        "ordinal-to-number" => "序数を数字として比較",
        "initials-joined" => "ピリオド区切りの頭文字を連結（A.B.C. → ABC）",
        "number-word-to-digits" => "英語の数詞を数字として比較",
        "roman-numeral" => "ローマ数字を数字として比較",
        "initial" => "頭文字を名前の省略として比較",
        "initials-of-words" => "頭文字を複数語の省略として比較",
        "words-joined" => "語の分かち書きの違いを許容",
        "words-differ" => "双方に相手にない語がある",
        "name-order-differs" => "氏名の順序が入れ替わっている（回転以外）",
        "initials-only" => "頭文字のみ一致",
        "legal-form-ignored" => "法人格表記を無視",
        "generic-word-low-weight" => "一般語の重みを低減",
        "fuzzy-token" => "綴りの違いを許容",
        "same-concept-across-languages" => "他言語の同義語",
        "abbreviation-prefix" => "省略語",
        "numbers-differ" => "数字が不一致",
        "legal-forms-differ" => "法人形態の種類が異なる",
        "country-qualifier" => "一方にだけ国名がある（子会社・支店の可能性）",
        "middle-names-reordered" => "ミドルネームの順序が異なる",
        "middle-name-omitted" => "一方にしかないミドルネーム・父称の重みを低減",
        "given-name-form" => "名の愛称・異形を同一視",
        "cjk-ordered-characters" => "文字の順序で比較",
        "hangul-syllables" => "ハングルを音節ごとに比較",
        "chinese-short-form" => "中国語の略称",
        "spacing-ignored" => "空白を無視",
        "acronym" => "頭字語",
        "acronym-of-initials" => "掲載名の各語の頭文字（リスト記載の略称ではない）",
        "country-match" => "国が一致",
        "country-differs" => "国が不一致",
        _ => rule,
    };
}
