using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace PartnerScreening.Web.Api;

/// <summary>The ProblemDetails answers of the API, each with a sentence that says what to do.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult PayloadTooLarge(int maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The request body is larger than {maxBytes} bytes. Send one subject per request; use the batch screening page for many names.");

    public static ProblemHttpResult UnsupportedMediaType() => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported media type",
        detail: "Send the request body as JSON with the header Content-Type: application/json.");

    public static ProblemHttpResult MalformedJson(string? path, string message)
    {
        var field = string.IsNullOrEmpty(path) || path == "$" ? "the body" : path.TrimStart('$', '.');
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Malformed JSON",
            detail: $"The request body is not valid JSON at {field}: {message} Send an object such as {{\"subject\": {{\"name\": \"...\"}}}}.",
            extensions: new Dictionary<string, object?> { ["field"] = field });
    }

    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) => TypedResults.ValidationProblem(
        errors,
        title: "Invalid screening request",
        detail: string.Join(" ", errors.SelectMany(error => error.Value)));

    public static ProblemHttpResult IndexNotReady(string message) => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Name index not ready",
        detail: message + " The lists are loaded at first start and by the ingest job; retry in a minute, or run 'PartnerScreening ingest' on the server.");

    public static ProblemHttpResult NotFound(string what) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        detail: what);

    public static ProblemDetails FromStatus(int status) => new()
    {
        Status = status,
        Title = status switch
        {
            StatusCodes.Status404NotFound => "Not found",
            StatusCodes.Status405MethodNotAllowed => "Method not allowed",
            StatusCodes.Status413PayloadTooLarge => "Request body too large",
            _ => "Request failed",
        },
    };
}
