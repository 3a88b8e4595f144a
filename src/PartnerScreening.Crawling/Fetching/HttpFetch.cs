using System.Net;

namespace PartnerScreening.Crawling.Fetching;

/// <summary>
/// One HTTP exchange without redirects: status, the headers the crawler uses and the body read up to a byte limit.
/// <see cref="MediaType"/> is the Content-Type without parameters, lower case, or null when the server sent none.
/// </summary>
public sealed record HttpFetch(
    Uri Url,
    HttpStatusCode Status,
    string? MediaType,
    string? ContentTypeCharset,
    Uri? Location,
    TimeSpan? RetryAfter,
    string? XRobotsTag,
    byte[] Body,
    bool Truncated,
    long? DeclaredLength)
{
    public bool IsRedirect => (int)Status is >= 300 and < 400 && Location is not null;
}
