using System.Text.Json;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Parsing;

namespace PartnerScreening.Lists.Sources.AspiUniTracker;

/// <summary>
/// Parses ASPI's China Defence Universities Tracker in its MISP galaxy form (<c>china-defence-universities.json</c>):
/// one institution per item of <c>values</c>. This is third-party reference data, never a legal list.
/// </summary>
/// <remarks>
/// <see cref="ListedParty.SourceEntityId"/> is the item's <c>uuid</c>. The English name of <c>value</c>
/// ("Air Force Engineering University (中国人民解放军空军工程大学)") is the primary name and the Chinese name in
/// the brackets an original-script name; <c>meta.aliases</c> become aliases with their script. The categories
/// (Military, Civilian, Security, Defence industry conglomerate, Seven sons of national defence) and the tracker's
/// risk level, when an item has one, go to <see cref="ListedParty.Programs"/>. The MISP copy of 2020 has no risk
/// level on any item. Every institution is Chinese, so each party gets the country CN.
/// </remarks>
public sealed class AspiUniTrackerParser : IListParser
{
    private const string Expected = "the China Defence Universities Tracker MISP galaxy JSON";

    private static readonly string[] RiskKeys = ["risk", "risk level", "risk_level", "risk-level"];

    public string Source => ListSourceIds.AspiUniTracker;

    public string Version => "aspi-misp-1";

    public bool CanParse(string fileName, ReadOnlySpan<byte> head) =>
        ListInput.HasExtension(fileName, ".json")
        && (head.IsEmpty ? fileName.Contains("universities", StringComparison.OrdinalIgnoreCase) : ListInput.HeadContains(head, "\"china-defence-universities\""));

    public ParsedList Parse(ListFileSet files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ListInput.EnsureNotEmptyOrHtml(Source, files.FileName, files.Content, Expected);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(files.Content.AsMemory());
        }
        catch (JsonException exception)
        {
            throw new ListFormatException(Source, files.FileName, $"the JSON is invalid ({exception.Message})", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
            {
                throw new ListFormatException(Source, files.FileName, "the JSON has no 'values' array; expected a MISP galaxy cluster with one item per institution in 'values'");
            }

            var parties = new List<ListedParty>(values.GetArrayLength());
            var warnings = new List<string>();
            foreach (var item in values.EnumerateArray())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var party = item.ValueKind == JsonValueKind.Object ? Map(item) : null;
                if (party is null)
                {
                    warnings.Add($"An item without uuid or value was skipped ({Truncate(item.GetRawText())}).");
                    continue;
                }

                parties.Add(party);
            }

            return new ParsedList(parties) { Warnings = warnings };
        }
    }

    private static ListedParty? Map(JsonElement item)
    {
        var uuid = GetString(item, "uuid");
        var value = GetString(item, "value");
        if (uuid is null || value is null)
        {
            return null;
        }

        var (english, chinese) = SplitBilingualName(value);
        var party = new PartyBuilder(ListSourceIds.AspiUniTracker, uuid)
        {
            Kind = PartyKind.Organization,
            PrimaryName = english,
        };
        party.AddAlias(chinese, NameType.OriginalScript, language: "zh");
        party.AddCountry("CN");

        var meta = item.TryGetProperty("meta", out var metaElement) && metaElement.ValueKind == JsonValueKind.Object ? metaElement : default;
        foreach (var alias in GetStrings(meta, "aliases"))
        {
            var script = Scripts.Detect(alias);
            party.AddAlias(alias, NameType.Alias, script, script is "Hani" ? "zh" : null);
        }

        foreach (var category in GetStrings(meta, "categories"))
        {
            party.AddProgram(category);
        }

        foreach (var risk in RiskKeys.SelectMany(key => GetStrings(meta, key)))
        {
            party.AddProgram($"Risk: {risk}");
        }

        party.AddAddress(GetString(meta, "address"), "CN");
        party.SourceUrl = GetStrings(meta, "refs").FirstOrDefault();
        AddListRemark(party, "Supervising agencies", GetStrings(meta, "supervising agencies"));
        AddListRemark(party, "Topics", GetStrings(meta, "topics"));
        AddListRemark(party, "Major defence laboratories", GetStrings(meta, "major defence laboratories"));
        AddListRemark(party, "Subsidiaries", GetStrings(meta, "subsidiaries"));
        party.AddRemark(GetString(item, "description"));
        return party.Build();
    }

    /// <summary>Splits "English name (中文名)" into its English and Chinese parts; a value without Han brackets stays whole.</summary>
    internal static (string English, string? Chinese) SplitBilingualName(string value)
    {
        var trimmed = value.Trim();
        var open = trimmed.LastIndexOf('(');
        if (open <= 0 || !trimmed.EndsWith(')'))
        {
            return (trimmed, null);
        }

        var inner = trimmed[(open + 1)..^1].Trim();
        return Scripts.Detect(inner) is "Hani" ? (trimmed[..open].Trim(), inner) : (trimmed, null);
    }

    private static void AddListRemark(PartyBuilder party, string label, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            party.AddRemark($"{label}: {string.Join("; ", values)}");
        }
    }

    private static string? GetString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? PartyBuilder.Clean(value.GetString())
            : null;

    private static IReadOnlyList<string> GetStrings(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray()
                .Where(entry => entry.ValueKind == JsonValueKind.String)
                .Select(entry => PartyBuilder.Clean(entry.GetString()))
                .OfType<string>()
                .ToArray(),
            JsonValueKind.String => PartyBuilder.Clean(value.GetString()) is { } text ? [text] : [],
            _ => [],
        };
    }

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
