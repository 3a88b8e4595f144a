using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PartnerScreening.Auth;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Screenings;

namespace PartnerScreening.Web.Api;

/// <summary><c>POST /api/v1/screenings</c> and <c>GET /api/v1/screenings/{id}</c>.</summary>
internal static class ScreeningEndpoints
{
    public static RouteGroupBuilder MapScreeningEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/screenings", CreateAsync)
            .WithName("CreateScreening")
            .WithSummary("Screen a name against every list in force and store the result")
            .Accepts<ScreeningRequest>("application/json")
            .Produces<ScreeningResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/screenings/{id}", GetAsync)
            .WithName("GetScreening")
            .WithSummary("Read a stored screening created with the same API key");
        return api;
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context,
        IOptions<ApiOptions> apiOptions,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        if (!context.Request.HasJsonContentType())
        {
            return ApiProblems.UnsupportedMediaType();
        }

        var maxBytes = apiOptions.Value.MaxRequestBodyBytes;
        var body = await BoundedBody.ReadAsync(context.Request, maxBytes, cancellationToken);
        if (body is null)
        {
            return ApiProblems.PayloadTooLarge(maxBytes);
        }

        ScreeningRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<ScreeningRequest>(body, ApiJson.Options);
        }
        catch (JsonException exception)
        {
            return ApiProblems.MalformedJson(exception.Path, FirstSentence(exception.Message));
        }

        if (request is null)
        {
            return ApiProblems.MalformedJson("$", "the body is null.");
        }

        if (!SubjectValidator.TryValidate(request, out var validated, out var errors))
        {
            return ApiProblems.Invalid(errors);
        }

        var actor = new ScreeningActor("api-key", context.User.FindFirstValue(ClaimTypes.Name) ?? "unknown");
        try
        {
            // Resolved only now, so that a request rejected above never depends on the matcher being available.
            var runner = context.RequestServices.GetRequiredService<ScreeningRunner>();
            var screening = await runner.RunAsync(validated!, request, actor, cancellationToken);
            return TypedResults.Created($"/api/v1/screenings/{screening.Id}", screening);
        }
        catch (IndexNotReadyException exception)
        {
            ScreeningLog.IndexNotReady(loggerFactory.CreateLogger(typeof(ScreeningEndpoints)));
            context.Response.Headers.RetryAfter = "60";
            return ApiProblems.IndexNotReady(exception.Message);
        }
    }

    private static async Task<Results<Ok<ScreeningResponse>, ProblemHttpResult>> GetAsync(
        string id, HttpContext context, ScreeningStore store, CancellationToken cancellationToken)
    {
        var notFound = $"No screening with id '{(id.Length > 64 ? id[..64] + "…" : id)}' was made with this API key. Use the id returned by POST /api/v1/screenings.";
        if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower))
        {
            return ApiProblems.NotFound(notFound);
        }

        var screening = await store.GetAsync(id, cancellationToken);
        var caller = context.User.FindFirstValue(ClaimTypes.Name);
        if (screening is null || screening.Actor.Kind != "api-key" || screening.Actor.Name != caller)
        {
            return ApiProblems.NotFound(notFound);
        }

        return TypedResults.Ok(screening);
    }

    // System.Text.Json appends "Path: … | LineNumber: …" to its message; the path is reported separately.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
