using System.Text.Json;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists;
using PartnerScreening.Matching.Index;

namespace PartnerScreening.Cli;

/// <summary>
/// Loads parties for the matching commands straight from list files (parsed by the list parsers of
/// PartnerScreening.Lists) or from JSON Lines of <see cref="ListedParty"/>, and builds a temporary index of them.
/// </summary>
internal static class MatchingCliSupport
{
    /// <summary>Parses each file with the first parser whose <c>CanParse</c> accepts it; files beside it are passed as companions.</summary>
    public static List<IndexedParty> LoadListFiles(IEnumerable<FileInfo> files, CancellationToken cancellationToken)
    {
        var parsers = typeof(IListParser).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IListParser).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            .Select(type => (IListParser)Activator.CreateInstance(type)!)
            .ToList();

        var parties = new List<IndexedParty>();
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                throw new FileNotFoundException($"The list file '{file.FullName}' was not found.", file.FullName);
            }

            var content = File.ReadAllBytes(file.FullName);
            var companions = file.Directory!.EnumerateFiles()
                .Where(sibling => sibling.FullName != file.FullName && sibling.Length < 64 * 1024 * 1024)
                .ToDictionary(sibling => sibling.Name.ToLowerInvariant(), sibling => File.ReadAllBytes(sibling.FullName));
            var problems = new List<string>();
            var parsedOk = false;
            foreach (var parser in parsers.Where(candidate => candidate.CanParse(file.Name, content.AsSpan(0, Math.Min(content.Length, 4096)))))
            {
                try
                {
                    var parsed = parser.Parse(new ListFileSet(file.Name, content) { Companions = companions }, cancellationToken);
                    var snapshotId = $"{parser.Source}-file-{Path.GetFileNameWithoutExtension(file.Name)}";
                    parties.AddRange(parsed.Parties.Select(party => new IndexedParty(snapshotId, party)));
                    parsedOk = true;
                    break;
                }
                catch (ListFormatException exception)
                {
                    // Two parsers may accept the same file name pattern (two Excel lists); the next one is tried.
                    problems.Add(exception.Message);
                }
            }

            if (!parsedOk)
            {
                throw new InvalidOperationException(problems.Count > 0
                    ? $"No list parser could read '{file.Name}': {string.Join(" ", problems)}"
                    : $"No list parser accepts '{file.Name}'. Parsers available: {string.Join(", ", parsers.Select(p => p.Source).Distinct())}.");
            }
        }

        return parties;
    }

    /// <summary>Reads parties stored as JSON Lines, one <see cref="ListedParty"/> (or an index's stored party) per line.</summary>
    public static List<IndexedParty> LoadPartyFiles(IEnumerable<FileInfo> files)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
        var parties = new List<IndexedParty>();
        foreach (var file in files)
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file.FullName))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var document = JsonDocument.Parse(line);
                var element = document.RootElement.TryGetProperty("party", out var stored) ? stored : document.RootElement;
                var party = element.Deserialize<ListedParty>(options)
                    ?? throw new FormatException($"{file.FullName}:{lineNumber}: the line is not a listed party.");
                var snapshotId = document.RootElement.TryGetProperty("snapshotId", out var id) ? id.GetString() ?? party.Source : $"{party.Source}-file-{Path.GetFileNameWithoutExtension(file.Name)}";
                parties.Add(new IndexedParty(snapshotId, party));
            }
        }

        return parties;
    }

    /// <summary>Builds an index of the parties in a temporary directory and swaps it in; the directory is deleted on dispose.</summary>
    public static IDisposable BuildTemporaryIndex(IServiceProvider services, IReadOnlyList<IndexedParty> parties, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "partnerscreening-index-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        var index = services.GetRequiredService<NameIndexBuilder>().Build(directory, parties, cancellationToken);
        services.GetRequiredService<NameIndexHolder>().Swap(index);
        return new TemporaryIndex(directory, services.GetRequiredService<NameIndexHolder>());
    }

    private sealed class TemporaryIndex(string directory, NameIndexHolder holder) : IDisposable
    {
        public void Dispose()
        {
            holder.Dispose();
            NameIndexBuilder.TryDelete(directory);
        }
    }
}
