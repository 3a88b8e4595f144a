using PartnerScreening.Domain.Registry;
using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Registry;

/// <summary>
/// Folds a partner name with the matcher's <see cref="NameNormalizer"/>: the folded Chinese/Japanese characters when the
/// name has any (traditional, simplified and Japanese forms agree), otherwise its compact key of Latin tokens.
/// </summary>
internal sealed class MatcherPartnerNameKey(NameNormalizer normalizer) : IPartnerNameKey
{
    public string? Fold(string name)
    {
        var normalized = normalizer.Normalize(name);
        var key = normalized.HasCjk ? "cjk:" + normalized.Cjk : "latin:" + normalized.CompactKey;
        return key.EndsWith(':') ? null : key;
    }
}
