using System.Text;
using PartnerScreening.Domain;
using PartnerScreening.Lists.Snapshots;
using PartnerScreening.Testing;

namespace PartnerScreening.Lists.Tests.Snapshots;

public sealed class RawListStoreTests
{
    [Fact]
    public async Task SaveAsync_NewContent_WritesFileNamedBySha256()
    {
        using var directory = new TempDirectory();
        var store = new RawListStore(new DataDirectory(directory.Path));
        var content = Encoding.UTF8.GetBytes("abc");

        var sha256 = await store.SaveAsync(content, TestContext.Current.CancellationToken);

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", sha256);
        var expectedPath = Path.Combine(directory.Path, "raw", "ba", sha256 + ".bin");
        Assert.Equal(expectedPath, store.GetPath(sha256));
        Assert.Equal(content, await File.ReadAllBytesAsync(expectedPath, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SaveAsync_SameContentTwice_KeepsFirstFileUntouched()
    {
        using var directory = new TempDirectory();
        var store = new RawListStore(new DataDirectory(directory.Path));
        var content = Encoding.UTF8.GetBytes("same bytes");
        var sha256 = await store.SaveAsync(content, TestContext.Current.CancellationToken);
        var path = store.GetPath(sha256);
        var firstWrite = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, firstWrite);

        var again = await store.SaveAsync(content, TestContext.Current.CancellationToken);

        Assert.Equal(sha256, again);
        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public async Task SaveAsync_ConcurrentWritersOfSameContent_LeaveOneCompleteFile()
    {
        using var directory = new TempDirectory();
        var store = new RawListStore(new DataDirectory(directory.Path));
        var content = new byte[1 << 20];
        new Random(7).NextBytes(content);

        var hashes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.SaveAsync(content, CancellationToken.None))));

        Assert.Single(hashes.Distinct());
        var files = Directory.GetFiles(Path.GetDirectoryName(store.GetPath(hashes[0]))!);
        Assert.Single(files);
        Assert.Equal(content, await File.ReadAllBytesAsync(files[0], TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../../etc/passwd")]
    [InlineData("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")]
    public void GetPath_NotLowerHexSha256_Throws(string sha256)
    {
        using var directory = new TempDirectory();
        var store = new RawListStore(new DataDirectory(directory.Path));

        Assert.Throws<ArgumentException>(() => store.GetPath(sha256));
    }
}
