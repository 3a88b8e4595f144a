using System.Text;
using PartnerScreening.Screenings.Batch;

namespace PartnerScreening.Tests.Batch;

// CSV files as officers save them: UTF-8 from most tools, Shift_JIS from "CSV (comma delimited)" in Japanese Excel.
public sealed class BatchNameReaderTests
{
    private const string Csv = "名称,国\n哈爾浜工業大学,CN\nハルビン工業大学,CN\n";

    [Theory]
    [InlineData(65001)]
    [InlineData(932)]
    public void Read_CsvInUtf8OrShiftJis_ReadsJapaneseNames(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var content = new MemoryStream(Encoding.GetEncoding(codePage).GetBytes(Csv));

        var rows = BatchNameReader.Read(content, "names.csv");

        Assert.Equal(["哈爾浜工業大学", "ハルビン工業大学"], rows.Select(row => row.Name));
        Assert.All(rows, row => Assert.Equal("CN", row.Country));
    }
}
