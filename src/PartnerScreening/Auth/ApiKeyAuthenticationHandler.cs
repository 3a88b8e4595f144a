using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace PartnerScreening.Auth;

/// <summary>
/// Authenticates intake callers by the <c>X-Api-Key</c> header. A missing or unknown key is answered with 401,
/// a revoked key with 403, both as ProblemDetails.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyService apiKeys,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string ActorKindClaim = "actor_kind";

    private ApiKeyCheck? _check;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        _check = await apiKeys.CheckAsync(values.ToString().Trim(), Context.RequestAborted);
        switch (_check.Status)
        {
            case ApiKeyStatus.Valid:
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, _check.Name!), new Claim(ActorKindClaim, "api-key")], SchemeName);
                return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
            case ApiKeyStatus.Revoked:
                ApiLog.RevokedKeyUsed(Logger, _check.Name!);
                return AuthenticateResult.Fail("The API key has been revoked.");
            case ApiKeyStatus.Unknown:
                return AuthenticateResult.Fail("The API key is not valid.");
            default:
                throw new InvalidOperationException($"Unhandled API key status {_check.Status}.");
        }
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var revoked = _check?.Status == ApiKeyStatus.Revoked;
        Response.StatusCode = revoked ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        if (!revoked)
        {
            Response.Headers.WWWAuthenticate = SchemeName;
        }

        var detail = _check?.Status switch
        {
            ApiKeyStatus.Revoked => "The API key in X-Api-Key has been revoked. Ask an administrator for a new key (apikey create NAME).",
            ApiKeyStatus.Unknown => "The API key in X-Api-Key is not valid. Check the key, or ask an administrator for one (apikey create NAME).",
            _ => "An API key is required: send it in the X-Api-Key header. An administrator creates one with 'apikey create NAME'.",
        };
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = Response.StatusCode,
                Title = revoked ? "API key revoked" : "API key required",
                Detail = detail,
            },
        });
    }
}
