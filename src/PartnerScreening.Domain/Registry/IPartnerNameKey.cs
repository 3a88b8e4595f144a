namespace PartnerScreening.Domain.Registry;

/// <summary>
/// Folds a partner name to a key on which spelling variants agree, such as 哈爾浜工業大学 and 哈尔滨工业大学, so that
/// a ledger import can warn about a possible duplicate. The matcher's name normalisation implements it.
/// </summary>
public interface IPartnerNameKey
{
    /// <summary>Returns the folded key of <paramref name="name"/>, or null when the name folds to nothing.</summary>
    string? Fold(string name);
}
