using PartnerScreening.Lists.Snapshots;

namespace PartnerScreening.Lists.Download;

/// <summary>One list source, section <c>Lists:Sources:&lt;id&gt;</c> where the id is one of <c>ListSourceIds</c>.</summary>
public sealed class ListSourceOptions
{
    /// <summary>Whether <c>ingest</c> without <c>--source</c> and the nightly job download this source. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The publisher's page for the list, shown to officers. Default none.</summary>
    public Uri? OfficialPage { get; set; }

    /// <summary>Format of the download, for people and logs (for example <c>xlsx</c>, <c>csv-set</c>, <c>xml</c>). Default none.</summary>
    public string? Format { get; set; }

    /// <summary>
    /// The files to download, primary first. Formats spanning several files (OFAC's CSV set) list each;
    /// the others reach the parser as companions. Default none.
    /// </summary>
    public List<ListDownloadOptions> Downloads { get; set; } = [];

    /// <summary>
    /// For publishers whose file name changes with each revision (METI, Ministry of Finance): the index page that
    /// links the current file. When set, the primary file is the link found there, not <see cref="Downloads"/>. Default none.
    /// </summary>
    public ListIndexPageOptions? IndexPage { get; set; }

    /// <summary>Overrides <c>Lists:Validation:MinimumRecordRatio</c> for this source. Default none.</summary>
    public double? MinimumRecordRatio { get; set; }

    /// <summary>How entries are paired in the diff. Default: by name and country for METI, by source entity id otherwise.</summary>
    public DiffKeyKind? DiffKey { get; set; }

    /// <summary>File names of the download set, primary first, as the parser sees them.</summary>
    public IReadOnlyList<string> FileNames() => [.. Downloads.Select(download => download.ResolveFileName())];
}

/// <summary>One file of a source's download.</summary>
public sealed class ListDownloadOptions
{
    /// <summary>Official download URL.</summary>
    public Uri? Url { get; set; }

    /// <summary>File name given to the parser; default: the last segment of <see cref="Url"/>.</summary>
    public string? FileName { get; set; }

    public string ResolveFileName() => FileName ?? FileNameOf(Url);

    internal static string FileNameOf(Uri? url)
    {
        var segment = url is null ? string.Empty : Uri.UnescapeDataString(url.Segments[^1]).Trim('/');
        return string.IsNullOrEmpty(segment) ? "download" : segment;
    }
}

/// <summary>The index page that links the current file, and how to find the link on it.</summary>
public sealed class ListIndexPageOptions
{
    /// <summary>URL of the index page.</summary>
    public Uri? Url { get; set; }

    /// <summary>CSS selector of the candidate links. Default <c>a[href]</c>.</summary>
    public string LinkSelector { get; set; } = "a[href]";

    /// <summary>Regular expression the link's absolute URL must match; the first match on the page wins.</summary>
    public string? LinkPattern { get; set; }
}
