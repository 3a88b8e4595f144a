using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists.Snapshots;

/// <summary>How entries of two snapshots of a source are paired when they are compared.</summary>
public enum DiffKeyKind
{
    /// <summary>By <see cref="ListedParty.SourceEntityId"/>, for lists whose ids are stable across editions.</summary>
    SourceEntityId,

    /// <summary>By normalised primary name plus country, for lists that renumber every edition (METI).</summary>
    NameAndCountry,
}

/// <summary>The diff key each source uses unless its options name another.</summary>
public static class DiffKeyDefaults
{
    public static DiffKeyKind For(string source) =>
        source == ListSourceIds.MetiEndUserList ? DiffKeyKind.NameAndCountry : DiffKeyKind.SourceEntityId;
}
