using PartnerScreening.Lists;
using PartnerScreening.Matching.Index;
using PartnerScreening.Testing;

namespace PartnerScreening.Matching.Tests;

/// <summary>
/// The real legal list files under shared/lists, parsed with every list parser PartnerScreening.Lists has, so
/// that the evaluation covers each list as soon as its parser exists. Files no parser accepts are skipped.
/// </summary>
internal static class RealLists
{
    private static readonly Lazy<IReadOnlyList<IndexedParty>> AllParties = new(LoadAll);

    public static IReadOnlyList<IndexedParty> All => AllParties.Value;

    public static IReadOnlyList<IndexedParty> MetiEndUserList() =>
        [.. All.Where(party => party.Party.Source == Domain.Lists.ListSourceIds.MetiEndUserList)];

    private static List<IndexedParty> LoadAll()
    {
        var parsers = typeof(IListParser).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IListParser).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            .Select(type => (IListParser)Activator.CreateInstance(type)!)
            .ToList();

        // A folder may hold several editions of a list (METI: the current Excel and an older PDF); the
        // newest edition of each source is indexed.
        var newest = new Dictionary<string, ParsedList>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(SharedPaths.Root, "lists")).Order(StringComparer.Ordinal))
        {
            var files = Directory.EnumerateFiles(folder).Where(file => !file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                var content = File.ReadAllBytes(file);
                var name = Path.GetFileName(file);
                var companions = files.Where(other => other != file).ToDictionary(other => Path.GetFileName(other).ToLowerInvariant(), File.ReadAllBytes);
                foreach (var parser in parsers.Where(candidate => candidate.CanParse(name, content.AsSpan(0, Math.Min(content.Length, 4096)))))
                {
                    ParsedList parsed;
                    try
                    {
                        parsed = parser.Parse(new ListFileSet(name, content) { Companions = companions }, CancellationToken.None);
                    }
                    catch (ListFormatException)
                    {
                        // A parser whose file-name test also accepts another list's file (two Excel lists) rejects its content.
                        continue;
                    }

                    if (!newest.TryGetValue(parser.Source, out var current) || (parsed.Edition ?? DateOnly.MinValue) > (current.Edition ?? DateOnly.MinValue))
                    {
                        newest[parser.Source] = parsed;
                    }

                    break;
                }
            }
        }

        var parties = new List<IndexedParty>();
        // Reference data (DoD 1260H, ASPI UniTracker) is not a legal list; the labelled cases expect no hit
        // for universities that are only in it.
        foreach (var (source, parsed) in newest.Where(pair => !Domain.Lists.ListSourceIds.IsReferenceOnly(pair.Key)).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            parties.AddRange(parsed.Parties.Select(party => new IndexedParty($"{source}-test", party)));
        }

        return parties;
    }
}
