using System.IO.Compression;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.MetiEndUserList;
using PartnerScreening.Testing;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.MetiEndUserList;

public sealed class MetiBadInputTests
{
    [Fact]
    public void ExcelParse_RandomBytes_ThrowsNamingSourceAndFile()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);

        var exception = Assert.Throws<ListFormatException>(() => Parse("random.xlsx", bytes));

        Assert.Equal(ListSourceIds.MetiEndUserList, exception.ListSource);
        Assert.Equal("random.xlsx", exception.FileName);
        Assert.Contains("random.xlsx", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExcelParse_TruncatedWorkbook_ThrowsNamingSourceAndFile()
    {
        var content = File.ReadAllBytes(SharedPaths.List("meti-eul", "20250929_4.xlsx"));

        var exception = Assert.Throws<ListFormatException>(() => Parse("truncated.xlsx", content[..(content.Length / 2)]));

        Assert.Equal(ListSourceIds.MetiEndUserList, exception.ListSource);
        Assert.Equal("truncated.xlsx", exception.FileName);
    }

    [Fact]
    public void ExcelParse_OtherListsWorkbook_ThrowsHeaderNotFound()
    {
        var content = File.ReadAllBytes(SharedPaths.List("jp-mof-asset-freeze", "shisantouketsu20260305.xlsx"));

        var exception = Assert.Throws<ListFormatException>(() => Parse("shisantouketsu20260305.xlsx", content));

        Assert.Equal(ListSourceIds.MetiEndUserList, exception.ListSource);
        Assert.Contains("header row", exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ExcelParse_EmptyZip_ThrowsNamingFile()
    {
        using var stream = new MemoryStream();
        using (new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
        }

        var exception = Assert.Throws<ListFormatException>(() => Parse("empty.xlsx", stream.ToArray()));

        Assert.Equal("empty.xlsx", exception.FileName);
    }

    [Fact]
    public void PdfParse_CoverNotice_ThrowsNoTable()
    {
        var content = File.ReadAllBytes(SharedPaths.List("meti-eul", "20250929_2.pdf"));

        var exception = Assert.Throws<ListFormatException>(() => ParsePdf("20250929_2.pdf", content));

        Assert.Equal(ListSourceIds.MetiEndUserList, exception.ListSource);
        Assert.Equal("20250929_2.pdf", exception.FileName);
        Assert.Contains("cover notice", exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PdfParse_RandomBytes_ThrowsNamingSourceAndFile()
    {
        var bytes = new byte[4096];
        new Random(11).NextBytes(bytes);

        var exception = Assert.Throws<ListFormatException>(() => ParsePdf("random.pdf", bytes));

        Assert.Equal(ListSourceIds.MetiEndUserList, exception.ListSource);
        Assert.Equal("random.pdf", exception.FileName);
    }

    [Fact]
    public void PdfParse_TruncatedPdf_ThrowsNamingSourceAndFile()
    {
        var content = File.ReadAllBytes(SharedPaths.List("meti-eul", "20250131003-1.pdf"));

        var exception = Assert.Throws<ListFormatException>(() => ParsePdf("truncated.pdf", content[..(content.Length / 2)]));

        Assert.Equal(ListSourceIds.MetiEndUserList, exception.ListSource);
        Assert.Equal("truncated.pdf", exception.FileName);
    }

    private static ParsedList ParsePdf(string fileName, byte[] content) =>
        new MetiEndUserListPdfParser().Parse(new ListFileSet(fileName, content), CancellationToken.None);

    private static ParsedList Parse(string fileName, byte[] content) =>
        new MetiEndUserListExcelParser().Parse(new ListFileSet(fileName, content), CancellationToken.None);
}
