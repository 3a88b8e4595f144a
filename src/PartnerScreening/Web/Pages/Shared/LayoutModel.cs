using Microsoft.AspNetCore.Authorization;
using PartnerScreening.Screenings;
using PartnerScreening.Web.Navigation;

namespace PartnerScreening.Web.Pages.Shared;

/// <summary>What the layout shows on every page: the menu the user may see and the warnings in force.</summary>
public sealed class LayoutModel(
    IEnumerable<NavigationItem> navigation,
    IAuthorizationService authorization,
    ListStatusService listStatus,
    IHttpContextAccessor httpContextAccessor)
{
    public async Task<IReadOnlyList<NavigationItem>> GetMenuAsync()
    {
        var user = httpContextAccessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var visible = new List<NavigationItem>();
        foreach (var item in navigation.OrderBy(item => item.Order))
        {
            if (item.Policy is null || (await authorization.AuthorizeAsync(user, item.Policy)).Succeeded)
            {
                visible.Add(item);
            }
        }

        return visible;
    }

    public Task<IReadOnlyList<ScreeningWarning>> GetWarningsAsync() =>
        listStatus.GetWarningsAsync(httpContextAccessor.HttpContext?.RequestAborted ?? CancellationToken.None);
}
