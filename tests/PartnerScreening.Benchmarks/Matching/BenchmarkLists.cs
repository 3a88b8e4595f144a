using PartnerScreening.Lists;
using PartnerScreening.Matching.Index;
using PartnerScreening.Testing;

namespace PartnerScreening.Benchmarks.Matching;

/// <summary>The newest edition of every real list under shared/lists that has a parser.</summary>
internal static class BenchmarkLists
{
    public static List<IndexedParty> LoadAll()
    {
        var parsers = typeof(IListParser).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IListParser).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            .Select(type => (IListParser)Activator.CreateInstance(type)!)
            .ToList();

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

        return [.. newest.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .SelectMany(pair => pair.Value.Parties.Select(party => new IndexedParty($"{pair.Key}-bench", party)))];
    }
}
