using System.Net;
using System.Text;

namespace PartnerScreening.Crawling.Fetching;

/// <summary>
/// Recognises bot challenges and CAPTCHA pages (Cloudflare, reCAPTCHA, hCaptcha, script-cookie walls). The crawler
/// records them as blocked and never tries to pass them.
/// </summary>
public static class ChallengeDetector
{
    private static readonly string[] Markers =
    [
        "cf-chl-", "/cdn-cgi/challenge-platform", "challenges.cloudflare.com", "g-recaptcha", "h-captcha", "hcaptcha.com",
        "<title>just a moment...</title>", "checking your browser", "ddos protection by", "captcha-delivery.com",
        "请输入验证码", "人机验证", "安全验证",
    ];

    public static bool IsChallenge(HttpFetch fetch)
    {
        // Challenge pages are small HTML answers; a long article that mentions a CAPTCHA is not one.
        if (fetch.Body.Length > 256 * 1024)
        {
            return false;
        }

        var head = Encoding.UTF8.GetString(fetch.Body, 0, Math.Min(fetch.Body.Length, 64 * 1024)).ToLowerInvariant();
        if (Markers.Any(marker => head.Contains(marker, StringComparison.Ordinal)))
        {
            return true;
        }

        // HTTP 412 answered with a script and almost no text is the cookie-script wall some sites put in front of crawlers.
        return fetch.Status == HttpStatusCode.PreconditionFailed && head.Contains("<script", StringComparison.Ordinal);
    }
}
