using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Domain.Rescreening;

/// <summary>
/// The parts of a listed party that a decision relies on, in a canonical order, with a fingerprint over them.
/// A decision holds while the fingerprint of the listed party stays the same; when it differs,
/// <see cref="DescribeChanges"/> names what changed.
/// </summary>
/// <remarks>
/// The entity id is left out because METI renumbers its entries in every edition. Text is compared after NFKC,
/// lower-casing and collapsing white space, and lists are compared as sets, so re-typesetting an entry or reading
/// it from the PDF instead of the Excel edition does not count as a change.
/// </remarks>
public sealed record ListedPartyContent
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    public required string Source { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<string> Programs { get; init; } = [];

    public bool ConventionalWeapons { get; init; }

    public IReadOnlyList<string> Addresses { get; init; } = [];

    public IReadOnlyList<string> Identifiers { get; init; } = [];

    public string? Remarks { get; init; }

    /// <summary>Builds the content of a listed party.</summary>
    public static ListedPartyContent From(ListedParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new ListedPartyContent
        {
            Source = party.Source,
            Name = Clean(party.PrimaryName),
            Aliases = SortedSet(party.Aliases.Select(a => a.Value)),
            Countries = SortedSet(party.Countries.Select(c => c.Code ?? c.NameEn ?? c.NameJa ?? "")),
            Programs = SortedSet(party.Programs.Select(p => p.ToUpperInvariant())),
            ConventionalWeapons = party.ConventionalWeapons,
            Addresses = SortedSet(party.Addresses.Select(a => a.Text)),
            Identifiers = SortedSet(party.Identifiers.Select(i => $"{i.Type}: {i.Value}")),
            Remarks = string.IsNullOrWhiteSpace(party.Remarks) ? null : Clean(party.Remarks),
        };
    }

    /// <summary>Lower-case hex SHA-256 over the folded content.</summary>
    public string Fingerprint()
    {
        var folded = this with
        {
            Name = Fold(Name),
            Aliases = SortedSet(Aliases.Select(Fold)),
            Addresses = SortedSet(Addresses.Select(Fold)),
            Identifiers = SortedSet(Identifiers.Select(Fold)),
            Remarks = Remarks is null ? null : Fold(Remarks),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(folded, JsonOptions);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ListedPartyContent? FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ListedPartyContent>(json, JsonOptions);

    /// <summary>
    /// Lists the differences from <paramref name="previous"/> to this content, one line per field, e.g.
    /// <c>aliases: +Foo Institute</c> or <c>programs: M → M, N</c>. Empty when nothing that matters changed.
    /// </summary>
    public IReadOnlyList<string> DescribeChanges(ListedPartyContent previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var changes = new List<string>();
        if (Fold(previous.Name) != Fold(Name))
        {
            changes.Add($"name: {previous.Name} → {Name}");
        }

        AddSetChange(changes, "aliases", previous.Aliases, Aliases);
        AddSetChange(changes, "countries", previous.Countries, Countries);
        AddSetChange(changes, "programs", previous.Programs, Programs);
        if (previous.ConventionalWeapons != ConventionalWeapons)
        {
            changes.Add($"conventional weapons: {(previous.ConventionalWeapons ? "yes" : "no")} → {(ConventionalWeapons ? "yes" : "no")}");
        }

        AddSetChange(changes, "addresses", previous.Addresses, Addresses);
        AddSetChange(changes, "identifiers", previous.Identifiers, Identifiers);
        if (Fold(previous.Remarks ?? "") != Fold(Remarks ?? ""))
        {
            changes.Add("remarks changed");
        }

        return changes;
    }

    private static void AddSetChange(List<string> changes, string field, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var beforeFolded = before.ToDictionary(Fold, v => v, StringComparer.Ordinal);
        var afterFolded = after.ToDictionary(Fold, v => v, StringComparer.Ordinal);
        var added = afterFolded.Where(a => !beforeFolded.ContainsKey(a.Key)).Select(a => "+" + a.Value);
        var removed = beforeFolded.Where(b => !afterFolded.ContainsKey(b.Key)).Select(b => "-" + b.Value);
        var parts = added.Concat(removed).ToList();
        if (parts.Count > 0)
        {
            changes.Add($"{field}: {string.Join(", ", parts)}");
        }
    }

    private static IReadOnlyList<string> SortedSet(IEnumerable<string> values) =>
        values.Select(Clean).Where(v => v.Length > 0)
            .DistinctBy(Fold, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string Clean(string value) =>
        string.Join(' ', value.Normalize(NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Fold(string value) => Clean(value).ToLowerInvariant();
}
