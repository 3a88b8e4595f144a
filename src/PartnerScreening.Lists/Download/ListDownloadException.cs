namespace PartnerScreening.Lists.Download;

/// <summary>A download of a list file failed; the message names the source, the URL and what to do.</summary>
public sealed class ListDownloadException : Exception
{
    public ListDownloadException(string message)
        : base(message)
    {
    }

    public ListDownloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
