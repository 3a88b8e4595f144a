using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Lists.Download;

/// <summary>
/// The result of downloading a source: the files, or <see cref="NotModified"/> when the server answered
/// 304 to the conditional request. <see cref="Validators"/> are saved once the files are accepted.
/// </summary>
public sealed record ListDownload(ListFileSet? Files, Uri Origin, ListDownloadState? Validators)
{
    public bool NotModified => Files is null;
}
