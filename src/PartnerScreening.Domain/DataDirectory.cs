namespace PartnerScreening.Domain;

/// <summary>
/// Layout of the data directory (default <c>./var</c>): the SQLite database, the Lucene index versions,
/// raw list files and crawled pages stored by SHA-256.
/// </summary>
public sealed class DataDirectory
{
    public DataDirectory(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "partnerscreening.db");

    /// <summary>Parent of the index versions; each build goes into its own sub-directory.</summary>
    public string IndexRoot => Path.Combine(Root, "index");

    /// <summary>Raw list downloads, content-addressed: <c>raw/ab/abcdef….bin</c>.</summary>
    public string RawListsRoot => Path.Combine(Root, "raw");

    /// <summary>Raw crawled pages, content-addressed like the list files.</summary>
    public string PagesRoot => Path.Combine(Root, "pages");

    /// <summary>
    /// ASP.NET Core data-protection key ring (sign-in cookies, antiforgery tokens). It lives here so that a copied
    /// data directory keeps its sessions and two data directories never share keys.
    /// </summary>
    public string DataProtectionKeysRoot => Path.Combine(Root, "keys");

    /// <summary>Creates the directory and its sub-directories when missing.</summary>
    public DataDirectory EnsureCreated()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(IndexRoot);
        Directory.CreateDirectory(RawListsRoot);
        Directory.CreateDirectory(PagesRoot);
        Directory.CreateDirectory(DataProtectionKeysRoot);
        return this;
    }
}
