using System.Text.Json.Serialization;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Storage.Lists;

/// <summary>JSON form of the parties and diffs stored in the list tables: enums as names, nulls left out.</summary>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ListedParty))]
[JsonSerializable(typeof(ListDiff))]
internal sealed partial class ListJson : JsonSerializerContext;
