using System.IO.Compression;

namespace PartnerScreening.Lists.Parsing;

/// <summary>Bounds on a zip download, checked before and while an entry is inflated.</summary>
/// <param name="MaxEntries">Most entries the archive may have. Default 64.</param>
/// <param name="MaxUncompressedBytes">Most bytes one entry may inflate to. Default 2 GiB.</param>
/// <param name="MaxCompressionRatio">
/// Highest ratio of inflated to compressed bytes, applied once an entry passes <paramref name="RatioCheckAfterBytes"/>.
/// XML lists compress about 15:1; a zip bomb reaches 1000:1. Default 200.
/// </param>
/// <param name="RatioCheckAfterBytes">Inflated size from which the ratio is checked. Default 1 MiB.</param>
internal sealed record ZipLimits(int MaxEntries, long MaxUncompressedBytes, int MaxCompressionRatio, long RatioCheckAfterBytes)
{
    public static ZipLimits Default { get; } = new(64, 2L * 1024 * 1024 * 1024, 200, 1024 * 1024);
}

/// <summary>Opens one entry of a zip download with zip-bomb guards.</summary>
internal static class SafeZip
{
    public static bool IsZip(ReadOnlySpan<byte> head) =>
        head.Length >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4;

    /// <summary>
    /// Opens the first entry whose name ends with <paramref name="entryExtension"/>. The returned stream owns the
    /// archive and throws <see cref="ListFormatException"/> as soon as the entry inflates past the limits.
    /// </summary>
    public static Stream OpenEntry(string source, string fileName, byte[] content, string entryExtension, ZipLimits limits)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException exception)
        {
            throw new ListFormatException(source, fileName, $"the zip archive is damaged: {exception.Message}", exception);
        }

        try
        {
            if (archive.Entries.Count > limits.MaxEntries)
            {
                throw new ListFormatException(source, fileName, $"the zip archive has {archive.Entries.Count} entries, more than the {limits.MaxEntries} allowed; it is not the official download");
            }

            var entry = archive.Entries.FirstOrDefault(candidate => candidate.FullName.EndsWith(entryExtension, StringComparison.OrdinalIgnoreCase))
                ?? throw new ListFormatException(source, fileName, $"the zip archive has no '*{entryExtension}' entry");

            if (entry.Length > limits.MaxUncompressedBytes)
            {
                throw new ListFormatException(source, fileName, $"the zip entry '{entry.FullName}' declares {entry.Length:N0} bytes uncompressed, more than the {limits.MaxUncompressedBytes:N0} allowed");
            }

            if (entry.Length > limits.RatioCheckAfterBytes && entry.Length > Math.Max(entry.CompressedLength, 1) * limits.MaxCompressionRatio)
            {
                throw new ListFormatException(source, fileName, $"the zip entry '{entry.FullName}' declares a compression ratio above {limits.MaxCompressionRatio}:1; the archive is rejected as a possible zip bomb");
            }

            return new BoundedEntryStream(archive, entry.Open(), entry.CompressedLength, source, fileName, entry.FullName, limits);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Counts inflated bytes and applies the limits again while reading, because the sizes in the zip directory
    /// may be forged.
    /// </summary>
    private sealed class BoundedEntryStream(
        ZipArchive archive,
        Stream inner,
        long compressedLength,
        string source,
        string fileName,
        string entryName,
        ZipLimits limits) : Stream
    {
        private long bytesRead;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => bytesRead;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            bytesRead += read;
            EnsureWithinLimits();
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                archive.Dispose();
            }

            base.Dispose(disposing);
        }

        private void EnsureWithinLimits()
        {
            if (bytesRead > limits.MaxUncompressedBytes)
            {
                throw new ListFormatException(source, fileName, $"the zip entry '{entryName}' inflates past {limits.MaxUncompressedBytes:N0} bytes; the archive is rejected as a possible zip bomb");
            }

            if (bytesRead > limits.RatioCheckAfterBytes && bytesRead > Math.Max(compressedLength, 1) * limits.MaxCompressionRatio)
            {
                throw new ListFormatException(source, fileName, $"the zip entry '{entryName}' inflates more than {limits.MaxCompressionRatio}:1; the archive is rejected as a possible zip bomb");
            }
        }
    }
}
