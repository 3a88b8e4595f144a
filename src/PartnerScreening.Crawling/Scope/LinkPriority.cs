namespace PartnerScreening.Crawling.Scope;

/// <summary>
/// Orders the crawl frontier: shallow pages first, the native-language site before its English copy (English pages
/// often leave out defence content), and pages whose address or anchor points at the organisation, research,
/// laboratories or partnerships ahead of the rest. Lower scores are fetched first.
/// </summary>
public static class LinkPriority
{
    private const int PerDepth = 100;
    private const int EnglishVariantPenalty = 150;
    private const int KeywordBonus = 30;

    private static readonly string[] EnglishSegments = ["en", "english", "eng", "en-us", "en-gb", "en_us"];

    private static readonly string[] Keywords =
    [
        "about", "overview", "history", "organization", "organisation", "research", "lab", "institute", "partner", "cooperation",
        "collaboration", "platform", "center", "centre", "annual", "report",
        "概况", "简介", "历史", "机构", "科研", "研究", "实验室", "平台", "合作", "交流", "国防", "年鉴",
        "概況", "機構", "實驗室", "合作",
        "大学紹介", "概要", "沿革", "組織", "研究所", "産学", "連携", "共同研究",
        "대학소개", "연구", "연구소", "산학", "협력",
        "университет", "наука", "исследован", "партнер", "партнёр", "сотрудничеств", "военн",
    ];

    public static int Score(Uri url, string? anchorText, int depth, bool seedIsEnglish)
    {
        var score = depth * PerDepth;
        if (!seedIsEnglish && IsEnglishVariant(url))
        {
            score += EnglishVariantPenalty;
        }

        var haystack = Uri.UnescapeDataString(url.AbsolutePath).ToLowerInvariant() + " " + (anchorText ?? string.Empty).ToLowerInvariant();
        if (Keywords.Any(keyword => haystack.Contains(keyword, StringComparison.Ordinal)))
        {
            score -= KeywordBonus;
        }

        return score;
    }

    /// <summary>Whether the URL looks like the English copy of a site: <c>/en/</c>, <c>/english/</c>, <c>english.host</c>, <c>en.host</c>, <c>?lang=en</c>.</summary>
    public static bool IsEnglishVariant(Uri url)
    {
        var firstLabel = url.Host.Split('.')[0].ToLowerInvariant();
        if (firstLabel is "en" or "english" or "eng")
        {
            return true;
        }

        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(segment => EnglishSegments.Contains(segment.ToLowerInvariant())))
        {
            return true;
        }

        return url.Query.Contains("lang=en", StringComparison.OrdinalIgnoreCase);
    }
}
