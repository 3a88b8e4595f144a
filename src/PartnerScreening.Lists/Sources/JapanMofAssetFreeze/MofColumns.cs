using PartnerScreening.Lists.Text;

namespace PartnerScreening.Lists.Sources.JapanMofAssetFreeze;

/// <summary>The field a column of a regime sheet contains, decided from its header text.</summary>
internal enum MofField
{
    /// <summary>A column mapped to no field of its own; its text goes to the remarks with the header.</summary>
    Other,
    NoticeDate,
    NoticeNumber,
    NameJapanese,
    NameEnglish,
    Alias,
    FormerName,
    WeakAlias,
    BirthDate,
    Nationality,
    Passport,
    NationalId,
    Address,
    UnReference,
}

/// <summary>The header row of one regime sheet: the field and header text of every column.</summary>
internal sealed class MofColumns
{
    private static readonly Dictionary<string, MofField> FieldByHeader = new(StringComparer.Ordinal)
    {
        ["告示日付"] = MofField.NoticeDate,
        ["告示番号"] = MofField.NoticeNumber,
        ["日本語表記"] = MofField.NameJapanese,
        ["英語表記"] = MofField.NameEnglish,
        ["別名"] = MofField.Alias,
        ["別名・別称"] = MofField.Alias,
        ["別称"] = MofField.Alias,
        ["別称・旧称"] = MofField.Alias,
        ["別称・別名"] = MofField.Alias,
        ["確定可能な別名"] = MofField.Alias,
        ["旧称"] = MofField.FormerName,
        ["以前の別名"] = MofField.FormerName,
        ["過去の別名"] = MofField.FormerName,
        ["旧称・以前の呼称"] = MofField.FormerName,
        ["確定に十分でない別名"] = MofField.WeakAlias,
        ["生年月日"] = MofField.BirthDate,
        ["国籍"] = MofField.Nationality,
        ["旅券番号"] = MofField.Passport,
        ["ID番号"] = MofField.NationalId,
        ["身分証番号"] = MofField.NationalId,
        ["身分登録番号"] = MofField.NationalId,
        ["住所"] = MofField.Address,
        ["住所等"] = MofField.Address,
        ["住所・所在地"] = MofField.Address,
        ["所在地"] = MofField.Address,
        ["所在地・住所登録された事務所の住所"] = MofField.Address,
        ["活動地域・住所"] = MofField.Address,
        ["国連参照番号"] = MofField.UnReference,
    };

    private MofColumns(MofField[] fields, string[] headers)
    {
        Fields = fields;
        Headers = headers;
    }

    public MofField[] Fields { get; }

    /// <summary>The header texts without whitespace, as used for the remarks.</summary>
    public string[] Headers { get; }

    /// <summary>
    /// Returns the columns when the row is a header row: its first cell reads 告示日付 (older files spell it with
    /// spaces between the characters) and it has the Japanese and English name columns. Returns null otherwise.
    /// </summary>
    public static MofColumns? TryFind(IReadOnlyList<string> cells)
    {
        if (cells.Count == 0 || RemoveWhitespace(cells[0]) != "告示日付")
        {
            return null;
        }

        var headers = new string[cells.Count];
        var fields = new MofField[cells.Count];
        for (var index = 0; index < cells.Count; index++)
        {
            headers[index] = RemoveWhitespace(cells[index]);
            fields[index] = FieldByHeader.GetValueOrDefault(headers[index], MofField.Other);
        }

        var hasNames = Array.IndexOf(fields, MofField.NameJapanese) >= 0 && Array.IndexOf(fields, MofField.NameEnglish) >= 0;
        return hasNames && Array.IndexOf(fields, MofField.NoticeNumber) >= 0 ? new MofColumns(fields, headers) : null;
    }

    public int IndexOf(MofField field) => Array.IndexOf(Fields, field);

    private static string RemoveWhitespace(string text)
    {
        var normalized = CellText.Normalize(text);
        return string.Concat(normalized.Where(character => !char.IsWhiteSpace(character)));
    }
}
