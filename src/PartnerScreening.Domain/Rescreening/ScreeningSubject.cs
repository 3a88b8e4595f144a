using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Domain.Rescreening;

/// <summary>
/// Something the rescreening screens: a partner by each of its names as an organisation, or a researcher by name
/// as a person. <see cref="Country"/> is the partner's seat or the researcher's nationality.
/// </summary>
public sealed record ScreeningSubject(
    SubjectKind Kind,
    int Id,
    string DisplayName,
    IReadOnlyList<string> Names,
    string? Country,
    PartyKind PartyKind);
