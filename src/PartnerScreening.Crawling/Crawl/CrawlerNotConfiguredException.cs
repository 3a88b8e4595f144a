namespace PartnerScreening.Crawling.Crawl;

/// <summary>Thrown when a crawl is requested before the contact settings that identify the crawler are configured.</summary>
public sealed class CrawlerNotConfiguredException()
    : InvalidOperationException(
        "The crawler has no contact settings. Set Crawling:ContactUrl (a page about the crawler) and Crawling:ContactEmail " +
        "(the export-control office's address), e.g. as environment variables Crawling__ContactUrl and Crawling__ContactEmail.")
{
    /// <summary>The same message in Japanese for the CLI and the UI.</summary>
    public string MessageJa =>
        "クローラーの連絡先が設定されていません。Crawling:ContactUrl（クローラーの説明ページ）と Crawling:ContactEmail（輸出管理担当のメールアドレス）を設定してください（例: 環境変数 Crawling__ContactUrl、Crawling__ContactEmail）。";
}
