using System.Text.Json;
using System.Text.RegularExpressions;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Testing;

namespace PartnerScreening.Jobs.Tests.Scenario;

/// <summary>A partner of the scenario ledger: the name, the ISO country code and, for a METI-listed one, its entry.</summary>
internal sealed record LedgerPartner(string Name, string? Country, string? Website, ListedParty? MetiEntry);

/// <summary>
/// Builds the scenario ledger: real universities from the world universities list, picked evenly across the
/// file, plus METI-listed institutions picked from the parsed editions, written as an .xlsx with Japanese headers.
/// </summary>
internal static partial class ScenarioLedger
{
    public static IReadOnlyList<LedgerPartner> Universities(int count)
    {
        using var stream = File.OpenRead(SharedPaths.Reference("universities", "world_universities_and_domains.json"));
        using var document = JsonDocument.Parse(stream);
        var all = document.RootElement.EnumerateArray().ToArray();
        var step = all.Length / count;
        return Enumerable.Range(0, all.Length / step)
            .Select(i => all[i * step])
            .Where(u => CountryNames.Resolve(u.GetProperty("alpha_two_code").GetString()) is not null)
            .Take(count)
            .Select(u => new LedgerPartner(
                u.GetProperty("name").GetString()!,
                u.GetProperty("alpha_two_code").GetString(),
                u.GetProperty("web_pages").EnumerateArray().Select(p => p.GetString()).FirstOrDefault(w => Uri.TryCreate(w, UriKind.Absolute, out _)),
                null))
            .ToArray();
    }

    /// <summary>The English name of a METI entry without the parenthesised abbreviation and original-script name.</summary>
    public static string EnglishName(ListedParty party)
    {
        var firstLine = party.PrimaryName.Split('\n')[0];
        return Parenthesised().Replace(firstLine, "").Trim();
    }

    public static void Write(string path, IReadOnlyList<LedgerPartner> partners)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "機関名", "国", "種別", "契約種別", "部局", "担当研究者", "開始日", "終了日", "ウェブサイト" },
        };
        string[] kinds = ["MOU", "共同研究", "委託研究", "受託研究", "NDA"];
        for (var i = 0; i < partners.Count; i++)
        {
            var partner = partners[i];
            rows.Add(new object?[]
            {
                partner.Name, partner.Country, "大学", kinds[i % kinds.Length], "工学研究科", $"研究者 {i + 1}",
                new DateOnly(2024, 4, 1), new DateOnly(2027, 3, 31), partner.Website,
            });
        }

        XlsxWorkbook.Write(path, rows, "連携先一覧");
    }

    [GeneratedRegex(@"\s*[（(][^）)]*[）)]")]
    private static partial Regex Parenthesised();
}
