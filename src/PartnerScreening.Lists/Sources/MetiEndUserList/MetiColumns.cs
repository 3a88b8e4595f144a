using PartnerScreening.Lists.Text;

namespace PartnerScreening.Lists.Sources.MetiEndUserList;

/// <summary>Column positions of the End User List sheet, found by the bilingual header text.</summary>
internal sealed record MetiColumns(int Number, int Country, int Name, int Aliases, int Wmd, int? ConventionalWeapons)
{
    /// <summary>
    /// Returns the columns when the cells form the header row (No., Country or Region, Company or Organization,
    /// Also Known As, Type of WMD, optionally Conventional Weapons), or null for any other row.
    /// </summary>
    public static MetiColumns? TryFind(IReadOnlyList<string> cells)
    {
        int? number = null, country = null, name = null, aliases = null, wmd = null, conventional = null;
        for (var index = 0; index < cells.Count; index++)
        {
            var header = CellText.Normalize(cells[index]);
            if (header.Length == 0)
            {
                continue;
            }

            if (header.StartsWith("No", StringComparison.OrdinalIgnoreCase) && header.Length <= 3)
            {
                number ??= index;
            }
            else if (Has(header, "Country", "国名"))
            {
                country ??= index;
            }
            else if (Has(header, "Company", "企業名"))
            {
                name ??= index;
            }
            else if (Has(header, "Also Known", "別名"))
            {
                aliases ??= index;
            }
            else if (Has(header, "WMD", "懸念区分"))
            {
                wmd ??= index;
            }
            else if (Has(header, "Conventional", "通常兵器"))
            {
                conventional ??= index;
            }
        }

        if (number is null || country is null || name is null || aliases is null || wmd is null)
        {
            return null;
        }

        return new MetiColumns(number.Value, country.Value, name.Value, aliases.Value, wmd.Value, conventional);
    }

    private static bool Has(string header, string english, string japanese) =>
        header.Contains(english, StringComparison.OrdinalIgnoreCase) || header.Contains(japanese, StringComparison.Ordinal);
}
