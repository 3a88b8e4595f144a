using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace PartnerScreening.Web.Localization;

/// <summary>
/// Japanese by default; the language switch stores the choice in the standard culture cookie. The browser's
/// Accept-Language is ignored on purpose, so the office sees the same Japanese screens on every machine.
/// </summary>
public static class LocalizationSetup
{
    public static IServiceCollection AddUiLocalization(this IServiceCollection services)
    {
        services.AddSingleton<JsonStringLocalizer>();
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizer>(provider => provider.GetRequiredService<JsonStringLocalizer>());
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = UiCultures.Supported.Select(name => new CultureInfo(name)).ToList();
            options.DefaultRequestCulture = new RequestCulture(UiCultures.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UsePartnerScreeningLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization();

    /// <summary>Whether the current UI language is Japanese.</summary>
    public static bool IsJapanese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";
}
