using System.Text.Json;
using System.Text.Json.Serialization;
using PartnerScreening.Domain.Screening;

namespace PartnerScreening.Matching.Index;

/// <summary>
/// Files an index version keeps beside the Lucene segments: the parties it was built from (so that hits carry
/// the full listed entry without a database round trip) and its <see cref="IndexVersion"/>.
/// </summary>
internal static class IndexFiles
{
    public const string Parties = "parties.jsonl";

    public const string Version = "version.json";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void WriteParties(string directory, IReadOnlyList<IndexedParty> parties)
    {
        using var writer = new StreamWriter(Path.Combine(directory, Parties));
        foreach (var party in parties)
        {
            writer.WriteLine(JsonSerializer.Serialize(new StoredParty(party.SnapshotId, party.Party), Json));
        }
    }

    public static List<IndexedParty> ReadParties(string directory)
    {
        var parties = new List<IndexedParty>();
        foreach (var line in File.ReadLines(Path.Combine(directory, Parties)))
        {
            var stored = JsonSerializer.Deserialize<StoredParty>(line, Json)
                ?? throw new InvalidDataException($"An empty line was found in '{Path.Combine(directory, Parties)}'; rebuild the index.");
            parties.Add(new IndexedParty(stored.SnapshotId, stored.Party));
        }

        return parties;
    }

    public static void WriteVersion(string directory, IndexVersion version) =>
        File.WriteAllText(Path.Combine(directory, Version), JsonSerializer.Serialize(version, Json));

    public static IndexVersion ReadVersion(string directory) =>
        JsonSerializer.Deserialize<IndexVersion>(File.ReadAllText(Path.Combine(directory, Version)), Json)
            ?? throw new InvalidDataException($"'{Path.Combine(directory, Version)}' is empty; rebuild the index.");

    private sealed record StoredParty(string SnapshotId, Domain.Lists.ListedParty Party);
}
