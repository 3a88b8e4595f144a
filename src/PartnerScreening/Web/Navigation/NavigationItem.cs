namespace PartnerScreening.Web.Navigation;

/// <summary>
/// An entry of the officer UI's main menu. Each area registers its own entries with
/// <see cref="NavigationServiceCollectionExtensions.AddNavigationItem"/>; the layout shows them by <see cref="Order"/>.
/// </summary>
/// <param name="TextKey">Key of the menu text in the UI text files (<c>Web/Localization/ja.json</c>, <c>en.json</c>).</param>
/// <param name="Page">Razor page path, e.g. <c>/Search/Index</c>.</param>
/// <param name="Order">Position in the menu, ascending; the built-in entries use 10, 20, 30 …</param>
/// <param name="Policy">Authorization policy a user needs to see the entry, or null for every signed-in user.</param>
public sealed record NavigationItem(string TextKey, string Page, int Order, string? Policy = null);

public static class NavigationServiceCollectionExtensions
{
    public static IServiceCollection AddNavigationItem(this IServiceCollection services, NavigationItem item) =>
        services.AddSingleton(item);
}
