using PartnerScreening.Registry;

namespace PartnerScreening.Web.Pages.Shared;

/// <summary>
/// The model of <c>_SubjectHits</c>: the subject's current hits, or the reason they could not be shown (the name
/// index is not built yet), so an empty table never stands for a failed screening.
/// </summary>
public sealed record SubjectHitsView(SubjectHits? Hits, string? ErrorJa, string? ErrorEn);
