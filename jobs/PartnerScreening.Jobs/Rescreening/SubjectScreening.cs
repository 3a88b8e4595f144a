using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Domain.Screening;

namespace PartnerScreening.Jobs.Rescreening;

/// <summary>
/// Screens every name of a subject the way the nightly rescreen does, so that the partner and researcher pages
/// show the same hits as the run that raises the alerts.
/// </summary>
public static class SubjectScreening
{
    /// <summary>Returns each hit at or above the rescreen's minimum score with the subject's name that found it.</summary>
    public static List<(string QueryName, ScreeningHit Hit)> ScreenNames(INameScreener screener, ScreeningSubject subject, RescreenOptions settings)
    {
        var found = new List<(string QueryName, ScreeningHit Hit)>();
        foreach (var name in subject.Names)
        {
            var result = screener.Screen(new ScreeningQuery
            {
                Name = name,
                Country = subject.Country,
                Kind = subject.PartyKind,
                Top = settings.TopPerName,
                MinScore = settings.MinScore,
            });
            found.AddRange(result.Groups.SelectMany(group => group.Hits).Select(hit => (name, hit)));
        }

        return found;
    }
}
