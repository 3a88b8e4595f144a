using System.Security.Cryptography;
using PartnerScreening.Domain;

namespace PartnerScreening.Lists.Snapshots;

/// <summary>
/// Content-addressed store of raw list files under <see cref="DataDirectory.RawListsRoot"/>:
/// <c>raw/ab/abcdef….bin</c>, named by the lower-case hex SHA-256 of the bytes. A stored file is never
/// overwritten; it is written to a temporary file first and moved into place, so readers never see half a file.
/// </summary>
public sealed class RawListStore(DataDirectory dataDirectory)
{
    /// <summary>Stores the bytes unless a file with the same SHA-256 is already there, and returns the SHA-256.</summary>
    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var sha256 = ComputeSha256(content.Span);
        var path = GetPath(sha256);
        if (File.Exists(path))
        {
            return sha256;
        }

        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporaryPath = Path.Combine(directory, $".{sha256}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await stream.WriteAsync(content, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(temporaryPath, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another writer stored the same bytes first; its file has the same content.
        }
        finally
        {
            File.Delete(temporaryPath);
        }

        return sha256;
    }

    /// <summary>Returns the path a file with this SHA-256 has in the store, whether or not it is there.</summary>
    public string GetPath(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException($"'{sha256}' is not a lower-case hex SHA-256.", nameof(sha256));
        }

        return Path.Combine(dataDirectory.RawListsRoot, sha256[..2], sha256 + ".bin");
    }

    public bool Contains(string sha256) => File.Exists(GetPath(sha256));

    public static string ComputeSha256(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(SHA256.HashData(content));
}
