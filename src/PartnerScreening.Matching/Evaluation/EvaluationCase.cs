using System.Text.Json.Serialization;

namespace PartnerScreening.Matching.Evaluation;

/// <summary>
/// One labelled screening case (JSON Lines): a query, whether it must match, and the expected list entry,
/// which must be among the first <see cref="Rank"/> hit groups at or above <c>review</c>.
/// </summary>
public sealed record EvaluationCase
{
    [JsonPropertyName("query")]
    public required string Query { get; init; }

    /// <summary><c>match</c> or <c>no-match</c>.</summary>
    [JsonPropertyName("expect")]
    public required string Expect { get; init; }

    [JsonPropertyName("list")]
    public string? List { get; init; }

    [JsonPropertyName("entity_id")]
    public string? EntityId { get; init; }

    /// <summary>Highest acceptable rank of the expected entry. Default 3.</summary>
    [JsonPropertyName("rank")]
    public int? Rank { get; init; }

    [JsonPropertyName("country")]
    public string? Country { get; init; }

    [JsonPropertyName("variant")]
    public string? Variant { get; init; }

    [JsonIgnore]
    public bool ExpectsMatch => string.Equals(Expect, "match", StringComparison.OrdinalIgnoreCase);
}

/// <summary>One labelled pair of names (nomenklatura name_bench columns <c>name1,name2,is_match</c>).</summary>
public sealed record NamePairCase(string Name1, string Name2, bool IsMatch, string? Schema, string? Group);
