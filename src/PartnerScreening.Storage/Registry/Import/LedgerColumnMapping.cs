namespace PartnerScreening.Storage.Registry.Import;

/// <summary>
/// Which column holds which field: recognised from the headers, then changed by the officer's overrides.
/// </summary>
public sealed record LedgerColumnMapping(IReadOnlyDictionary<LedgerField, int> Columns, IReadOnlyList<string> UnmappedHeaders)
{
    /// <summary>
    /// Builds the mapping for <paramref name="headers"/>. Each override is <c>field=column</c>: the field by its
    /// English name (<c>Name</c>, <c>Country</c> …) or Japanese header, the column by its header text, its letter
    /// (<c>C</c>) or its 1-based number; <c>field=-</c> drops a recognised field.
    /// </summary>
    public static LedgerColumnMapping Create(IReadOnlyList<string> headers, IReadOnlyList<string> overrides)
    {
        var columns = new Dictionary<LedgerField, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (LedgerFieldHeaders.Recognise(headers[i]) is { } field && !columns.ContainsKey(field))
            {
                columns[field] = i;
            }
        }

        foreach (var item in overrides.SelectMany(o => o.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            ApplyOverride(columns, headers, item);
        }

        if (!columns.ContainsKey(LedgerField.Name))
        {
            throw new LedgerImportException(
                $"機関名の列が見つかりません（見出し: {string.Join("、", headers.Where(h => h.Length > 0))}）。--mapping \"Name=列名\" で指定してください。",
                $"No column holds the partner name (headers: {string.Join(", ", headers.Where(h => h.Length > 0))}); name it with --mapping \"Name=HEADER\".");
        }

        var mapped = columns.Values.ToHashSet();
        var unmapped = headers.Where((h, i) => h.Length > 0 && !mapped.Contains(i)).ToArray();
        return new LedgerColumnMapping(columns, unmapped);
    }

    private static void ApplyOverride(Dictionary<LedgerField, int> columns, IReadOnlyList<string> headers, string item)
    {
        var separator = item.IndexOf('=', StringComparison.Ordinal);
        if (separator <= 0)
        {
            throw new LedgerImportException(
                $"列の対応付け「{item}」は「項目=列」の形式で指定してください（例: Name=相手先機関名、Country=C）。",
                $"Mapping '{item}' must be FIELD=COLUMN, for example Name=Partner or Country=C.");
        }

        var fieldText = item[..separator].Trim();
        var columnText = item[(separator + 1)..].Trim();
        var field = LedgerFieldHeaders.ParseFieldName(fieldText)
            ?? throw new LedgerImportException(
                $"列の対応付け「{item}」の項目「{fieldText}」が不明です。使える項目: {string.Join(", ", Enum.GetNames<LedgerField>())}。",
                $"Mapping '{item}' names an unknown field '{fieldText}'; fields are {string.Join(", ", Enum.GetNames<LedgerField>())}.");

        if (columnText == "-")
        {
            columns.Remove(field);
            return;
        }

        columns[field] = FindColumn(headers, columnText)
            ?? throw new LedgerImportException(
                $"列の対応付け「{item}」の列「{columnText}」がファイルにありません。",
                $"Mapping '{item}' names a column '{columnText}' that is not in the file; use a header text, a column letter or a 1-based number.");
    }

    private static int? FindColumn(IReadOnlyList<string> headers, string text)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Trim(), text, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        if (int.TryParse(text, out var number) && number >= 1 && number <= headers.Count)
        {
            return number - 1;
        }

        if (text.Length is 1 or 2 && text.All(char.IsAsciiLetter))
        {
            var index = text.ToUpperInvariant().Aggregate(0, (sum, letter) => (sum * 26) + (letter - 'A' + 1)) - 1;
            return index < headers.Count ? index : null;
        }

        return null;
    }
}
