using System.ComponentModel.DataAnnotations;

namespace PartnerScreening.Auth;

/// <summary>Settings of the intake API, section <c>Api</c>.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Largest request body accepted, in bytes; a larger one is answered with 413. Default 65,536.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Seconds a validated API key is cached before the database is asked again; a revocation takes at most this long to apply to a running server. Default 30.</summary>
    [Range(0, 3600)]
    public int KeyCacheSeconds { get; set; } = 30;

    /// <summary>Per-key rate limit.</summary>
    public ApiRateLimitOptions RateLimit { get; set; } = new();
}

/// <summary>Token bucket per API key, section <c>Api:RateLimit</c>.</summary>
public sealed class ApiRateLimitOptions
{
    /// <summary>Requests a key may make per second on average. Default 50.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 50;

    /// <summary>Requests a key may make at once after being idle (bucket size). Default 100.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 100;
}
