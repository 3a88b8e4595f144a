using System.Security.Cryptography;
using PartnerScreening.Domain;

namespace PartnerScreening.Crawling.Findings;

/// <summary>
/// Keeps raw page bytes by SHA-256 under <see cref="DataDirectory.PagesRoot"/> (<c>pages/ab/abcdef….bin</c>), so a
/// finding can be shown exactly as fetched. A stored file is never overwritten: equal bytes give an equal name.
/// </summary>
public sealed class PageStore(DataDirectory dataDirectory)
{
    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Stores <paramref name="bytes"/> unless already present and returns their SHA-256.</summary>
    public async Task<string> SaveAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        var hash = Sha256Hex(bytes);
        var path = PathOf(hash);
        if (File.Exists(path))
        {
            return hash;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another crawl stored the same bytes first; the content is identical.
            File.Delete(temporary);
        }

        return hash;
    }

    /// <summary>Reads stored bytes back, or null when no page with <paramref name="sha256"/> is stored.</summary>
    public async Task<byte[]?> ReadAsync(string sha256, CancellationToken cancellationToken)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException($"'{sha256}' is not a lower-case SHA-256 hex string.", nameof(sha256));
        }

        var path = PathOf(sha256);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false) : null;
    }

    public string PathOf(string sha256) => Path.Combine(dataDirectory.PagesRoot, sha256[..2], sha256 + ".bin");
}
