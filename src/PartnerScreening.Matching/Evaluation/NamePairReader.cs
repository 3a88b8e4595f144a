namespace PartnerScreening.Matching.Evaluation;

/// <summary>
/// Reads name pairs in the column layout of nomenklatura's name_bench <c>cases.csv</c>
/// (<c>case_group,schema,name1,name2,is_match,…</c>, RFC 4180 quoting).
/// </summary>
public static class NamePairReader
{
    public static IReadOnlyList<NamePairCase> Read(string path)
    {
        var rows = ParseCsv(File.ReadAllText(path));
        if (rows.Count == 0)
        {
            throw new FormatException($"{path}: the file is empty; expected a header with name1, name2 and is_match.");
        }

        var header = rows[0];
        int Column(string name) => Array.FindIndex(header, column => string.Equals(column.Trim(), name, StringComparison.OrdinalIgnoreCase)) is var index and >= 0
            ? index
            : throw new FormatException($"{path}: the header has no '{name}' column; expected name1, name2 and is_match.");
        var name1 = Column("name1");
        var name2 = Column("name2");
        var isMatch = Column("is_match");
        var schema = Array.FindIndex(header, column => column == "schema");
        var group = Array.FindIndex(header, column => column == "case_group");

        var pairs = new List<NamePairCase>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Length <= Math.Max(name1, Math.Max(name2, isMatch)) || string.IsNullOrWhiteSpace(row[name1]) || string.IsNullOrWhiteSpace(row[name2]))
            {
                continue;
            }

            pairs.Add(new NamePairCase(
                row[name1],
                row[name2],
                row[isMatch].Trim() is "true" or "True" or "1",
                schema >= 0 ? row[schema] : null,
                group >= 0 ? row[group] : null));
        }

        return pairs;
    }

    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                    break;
                case '\r':
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
