using Microsoft.AspNetCore.Identity;
using PartnerScreening.Auth;
using PartnerScreening.Storage;

namespace PartnerScreening.Screenings;

public static class ScreeningServiceCollectionExtensions
{
    /// <summary>Registers screening, the audit trail, API keys and the Identity stores, for <c>serve</c> and the CLI alike.</summary>
    public static IServiceCollection AddScreeningServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScreeningOptions>()
            .Bind(configuration.GetSection(ScreeningOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddMemoryCache();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<ScreeningWriter>();
        services.AddSingleton<ScreeningStore>();
        services.AddSingleton<ScreeningRunner>();
        services.AddSingleton<SampleDataMarker>();
        services.AddSingleton<ListStatusService>();
        services.AddSingleton<Batch.BatchScreeningService>();

        services.AddIdentityCore<IdentityUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // Length is the only rule, so a passphrase such as 'correct-horse-battery' is accepted. Identity's
                // default character-class rules are off.
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireDigit = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireLowercase = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PartnerScreeningDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        return services;
    }
}
