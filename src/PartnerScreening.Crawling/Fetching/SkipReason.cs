namespace PartnerScreening.Crawling.Fetching;

/// <summary>Why a URL was not read. Each value counts in the report's coverage, so "no evidence" always shows what was not seen.</summary>
public enum SkipReason
{
    /// <summary>robots.txt disallows the URL, or robots.txt was unreachable so everything is disallowed.</summary>
    RobotsDisallowed,

    /// <summary>The URL, or a redirect target, lies outside the partner's registrable domains; recorded, not followed.</summary>
    OutOfScope,

    /// <summary>The host resolves to a loopback, private, link-local, metadata or other rejected address.</summary>
    AddressRejected,

    /// <summary>More redirects than <see cref="CrawlingOptions.MaxRedirects"/>.</summary>
    TooManyRedirects,

    /// <summary>The host was given up after repeated 403, challenge pages or a too long back-off.</summary>
    HostGivenUp,

    /// <summary>A bot challenge or CAPTCHA page; never bypassed.</summary>
    Challenge,

    /// <summary>HTTP 429 or 503 repeated after the allowed retries.</summary>
    Throttled,

    /// <summary>Any other HTTP error status.</summary>
    HttpError,

    /// <summary>No complete answer within the page timeout.</summary>
    Timeout,

    /// <summary>Connection or protocol failure.</summary>
    NetworkError,

    /// <summary>Neither HTML nor PDF.</summary>
    UnsupportedContentType,

    /// <summary>A PDF above <see cref="CrawlingOptions.MaxPdfBytes"/>, which cannot be read when cut off.</summary>
    TooLarge,

    /// <summary>The page, depth or time budget was used up before the URL was reached.</summary>
    BudgetExhausted,

    /// <summary>The link carries <c>rel="nofollow"</c> or its page asks for <c>nofollow</c>.</summary>
    NoFollow,

    /// <summary>The URL scheme is not http or https.</summary>
    UnsupportedScheme,

    /// <summary>The body could not be parsed as HTML or PDF.</summary>
    Unreadable,
}
