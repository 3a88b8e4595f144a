using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartnerScreening.Auth;
using PartnerScreening.Domain;
using PartnerScreening.Hosting;
using PartnerScreening.Screenings;
using PartnerScreening.Web.Api;
using PartnerScreening.Web.Localization;
using Quartz;
using Scalar.AspNetCore;

namespace PartnerScreening.Web;

/// <summary>
/// Services and request pipeline of the web host, split from <c>serve</c> so that tests host exactly the same app.
/// <c>Scheduler:Enabled</c> (default true) starts the Quartz scheduler in the same process.
/// </summary>
internal static class WebHostSetup
{
    public const string ApiPolicy = "api";

    public static IServiceCollection AddPartnerScreeningWeb(
        this IServiceCollection services, IConfiguration configuration, DataDirectory dataDirectory)
    {
        services.AddPartnerScreening(configuration, dataDirectory);
        services.AddHostedService<DatabaseInitializerService>();
        services.AddHostedService(provider => provider.GetRequiredService<ScreeningWriter>());
        services.AddOptions<FirstStartOptions>().Bind(configuration.GetSection(FirstStartOptions.SectionName));
        services.AddHostedService<FirstStartListLoader>();
        if (configuration.GetValue("Scheduler:Enabled", defaultValue: true))
        {
            // The jobs themselves are registered by AddPartnerScreeningJobs in the composition root.
            services.AddQuartzHostedService(quartz => quartz.WaitForJobsToComplete = true);
        }

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
        services.AddOpenApi("v1");
        services.AddPartnerScreeningHealthChecks();
        services.AddApiRateLimiting(configuration);

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/SignIn";
            cookie.LogoutPath = "/Account/SignOut";
            cookie.AccessDeniedPath = "/Account/Denied";
            cookie.Cookie.Name = "PartnerScreening.Auth";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser())
            .AddPolicy(DatabaseInitializer.OfficerRole, policy => policy.RequireRole(DatabaseInitializer.OfficerRole, DatabaseInitializer.AdministratorRole))
            .AddPolicy(DatabaseInitializer.AdministratorRole, policy => policy.RequireRole(DatabaseInitializer.AdministratorRole));

        services.AddPartnerScreeningPages();
        return services;
    }

    public static IApplicationBuilder UsePartnerScreeningWeb(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleExceptionAsync });
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRouting();
        app.UsePartnerScreeningLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapOpenApi("/openapi/{documentName}.json");
            endpoints.MapScalarApiReference("/scalar");
            endpoints.MapHealthEndpoints();

            var api = endpoints.MapGroup("/api/v1")
                .RequireAuthorization(ApiPolicy)
                .RequireRateLimiting(ApiRateLimiting.PolicyName)
                .WithTags("Screening API");
            api.MapScreeningEndpoints();
            api.MapListEndpoints();
            api.MapRegistryEndpoints();

            endpoints.MapRazorPages();
        });
        return app;
    }

    // Errors that escape an endpoint: a bad request the framework detected keeps its status, the index not
    // being ready becomes 503, anything else is a 500 without internal detail.
    private static async Task HandleExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message),
            Domain.Screening.IndexNotReadyException notReady => (StatusCodes.Status503ServiceUnavailable, "Name index not ready", notReady.Message),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "The server failed to process the request; the error is logged. Try again, and tell the administrator if it persists."),
        };
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
            Exception = exception,
        });
    }
}
