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

    /// <summary>
    /// Reads the stored parties after checking them against the count and SHA-256 that <paramref name="version"/>
    /// records, so that a truncated or edited file is reported instead of searched.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is missing, does not match the version, or is not valid JSON Lines.</exception>
    public static List<IndexedParty> ReadParties(string directory, IndexVersion version)
    {
        var path = Path.Combine(directory, Parties);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"The name index version '{version.Id}' has no {Parties}.");
        }

        if (version.PartiesSha256 is { } expected && !string.Equals(PartiesSha256(directory), expected, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The {Parties} of name index version '{version.Id}' does not match the SHA-256 its {Version} records; the file was changed or cut short.");
        }

        var parties = new List<IndexedParty>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            try
            {
                var stored = JsonSerializer.Deserialize<StoredParty>(line, Json)
                    ?? throw new InvalidDataException($"Line {lineNumber} of '{path}' is empty.");
                parties.Add(new IndexedParty(stored.SnapshotId, stored.Party));
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"Line {lineNumber} of '{path}' is not a valid party: {exception.Message}", exception);
            }
        }

        if (version.PartyCount is { } count && count != parties.Count)
        {
            throw new InvalidDataException($"'{path}' contains {parties.Count} parties, but {Version} records {count}; the file was cut short.");
        }

        return parties;
    }

    public static string PartiesSha256(string directory)
    {
        using var stream = File.OpenRead(Path.Combine(directory, Parties));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    public static void WriteVersion(string directory, IndexVersion version) =>
        File.WriteAllText(Path.Combine(directory, Version), JsonSerializer.Serialize(version, Json));

    /// <exception cref="InvalidDataException">The file is missing, empty or not valid JSON.</exception>
    public static IndexVersion ReadVersion(string directory)
    {
        var path = Path.Combine(directory, Version);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"The name index directory '{directory}' has no {Version}.");
        }

        try
        {
            return JsonSerializer.Deserialize<IndexVersion>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"'{path}' is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"'{path}' is not valid JSON: {exception.Message}", exception);
        }
    }

    private sealed record StoredParty(string SnapshotId, Domain.Lists.ListedParty Party);
}
