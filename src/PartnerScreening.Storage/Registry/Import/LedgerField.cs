using PartnerScreening.Domain.Registry;

namespace PartnerScreening.Storage.Registry.Import;

/// <summary>A column of the ledger the importer understands.</summary>
public enum LedgerField
{
    Name,
    NameJa,
    NameEn,
    NameZh,
    NameKo,
    NameRu,
    Country,
    Type,
    AgreementKind,
    Department,
    ResponsibleResearcher,
    Title,
    StartDate,
    EndDate,
    Status,
    Website,
    Notes,
}

/// <summary>The header texts recognised for each field, in Japanese and English, and the Japanese label of each field.</summary>
public static class LedgerFieldHeaders
{
    private static readonly Dictionary<LedgerField, string[]> Headers = new()
    {
        [LedgerField.Name] = ["機関名", "機関名称", "相手先機関名", "相手機関名", "連携先機関名", "相手先", "名称", "name", "institution", "institution name", "partner", "partner name", "organization", "organisation"],
        [LedgerField.NameJa] = ["日本語名", "機関名（日本語）", "和名", "japanese name", "name (japanese)", "name_ja"],
        [LedgerField.NameEn] = ["英語名", "英文名", "英語表記", "機関名（英語）", "english name", "name (english)", "name_en"],
        [LedgerField.NameZh] = ["中国語名", "中文名", "中国語表記", "機関名（中国語）", "chinese name", "name (chinese)", "name_zh"],
        [LedgerField.NameKo] = ["韓国語名", "朝鮮語名", "ハングル表記", "korean name", "name (korean)", "name_ko"],
        [LedgerField.NameRu] = ["ロシア語名", "russian name", "name (russian)", "name_ru"],
        [LedgerField.Country] = ["国", "国名", "国・地域", "国/地域", "国・地域名", "所在国", "country", "country/region", "country or region", "nation"],
        [LedgerField.Type] = ["種別", "機関種別", "機関区分", "機関の種類", "type", "institution type", "partner type"],
        [LedgerField.AgreementKind] = ["契約種別", "協定種別", "契約区分", "契約の種類", "協定の種類", "agreement type", "agreement kind", "contract type"],
        [LedgerField.Department] = ["部局", "部局名", "担当部局", "所属部局", "department", "faculty"],
        [LedgerField.ResponsibleResearcher] = ["担当研究者", "責任者", "研究代表者", "担当教員", "responsible researcher", "principal investigator", "pi"],
        [LedgerField.Title] = ["件名", "研究題目", "契約名", "協定名", "題目", "title", "subject"],
        [LedgerField.StartDate] = ["開始日", "契約開始日", "締結日", "協定締結日", "発効日", "start date", "start", "effective date", "from"],
        [LedgerField.EndDate] = ["終了日", "契約終了日", "満了日", "有効期限", "end date", "end", "expiry date", "until"],
        [LedgerField.Status] = ["状態", "ステータス", "契約状態", "status"],
        [LedgerField.Website] = ["ウェブサイト", "ホームページ", "url", "website", "web site", "homepage", "websites"],
        [LedgerField.Notes] = ["備考", "notes", "remarks", "comment", "comments"],
    };

    /// <summary>Returns the field a header names, or null when the header is not recognised.</summary>
    public static LedgerField? Recognise(string header)
    {
        var folded = RegistryTerms.Fold(header);
        if (folded.Length == 0)
        {
            return null;
        }

        foreach (var (field, texts) in Headers)
        {
            if (texts.Any(t => RegistryTerms.Fold(t) == folded))
            {
                return field;
            }
        }

        // Bilingual headers such as "機関名/Name" or "機関名\nName": recognise either half.
        var halves = header.Split(['/', '\n', '／', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return halves.Length > 1 ? halves.Select(Recognise).FirstOrDefault(f => f is not null) : null;
    }

    /// <summary>Parses a field named in a mapping override: the English field name or its Japanese header.</summary>
    public static LedgerField? ParseFieldName(string text)
    {
        if (Enum.TryParse<LedgerField>(text.Trim(), ignoreCase: true, out var field) && Enum.IsDefined(field)
            && !int.TryParse(text.Trim(), out _))
        {
            return field;
        }

        return Recognise(text);
    }

    public static string Ja(LedgerField field) => Headers[field][0];
}
