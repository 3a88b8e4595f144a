using System.IO.Compression;
using System.Text;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.OfacEnhanced;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.OfacEnhanced;

/// <summary>Parses the real CONS_ENHANCED.ZIP of 2025-01-10 once and checks entries field by field.</summary>
public sealed class OfacEnhancedFixture
{
    public OfacEnhancedFixture()
    {
        Zip = RealListFiles.Load("ofac-sdn", "CONS_ENHANCED.ZIP");
        Result = new OfacConsolidatedEnhancedParser().Parse(Zip, CancellationToken.None);
    }

    public ListFileSet Zip { get; }

    public ParsedList Result { get; }

    public ListedParty Single(string id) => Result.Parties.Single(party => party.SourceEntityId == id);

    /// <summary>The XML inside the zip, as a bare download of the same schema.</summary>
    public byte[] ExtractXml()
    {
        using var archive = new ZipArchive(new MemoryStream(Zip.Content), ZipArchiveMode.Read);
        using var entry = archive.Entries.Single().Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }
}

public sealed class OfacEnhancedParserTests(OfacEnhancedFixture fixture) : IClassFixture<OfacEnhancedFixture>
{
    [Fact]
    public void Parse_RealZip_ReturnsEveryEntityAndEdition()
    {
        Assert.Equal(443, fixture.Result.Parties.Count);
        Assert.Equal(new DateOnly(2025, 1, 10), fixture.Result.Edition);
        Assert.Empty(fixture.Result.Warnings);
    }

    [Fact]
    public void Parse_BareXml_GivesSameEntities()
    {
        var result = new OfacConsolidatedEnhancedParser().Parse(new ListFileSet("CONS_ENHANCED.XML", fixture.ExtractXml()), CancellationToken.None);

        Assert.Equal(fixture.Result.Parties.Select(party => party.SourceEntityId), result.Parties.Select(party => party.SourceEntityId));
    }

    [Fact]
    public void Parse_SdnEnhancedFileName_FilesUnderSdnSource()
    {
        var parser = new OfacSdnEnhancedParser();
        var files = new ListFileSet("SDN_ENHANCED.XML", fixture.ExtractXml());

        var result = parser.Parse(files, CancellationToken.None);

        Assert.True(parser.CanParse(files.FileName, files.Content.AsSpan(0, 64)));
        Assert.Equal(443, result.Parties.Count);
        Assert.All(result.Parties, party => Assert.Equal(ListSourceIds.OfacSdn, party.Source));
    }

    [Fact]
    public void Parse_VtbBank_ReadsNamesDocumentsAndAddresses()
    {
        var vtb = fixture.Single("17013");

        Assert.Equal("VTB BANK PUBLIC JOINT STOCK COMPANY", vtb.PrimaryName);
        Assert.Equal(PartyKind.Organization, vtb.Kind);
        Assert.Contains(new PartyName("БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО", NameType.OriginalScript, "Cyrl"), vtb.Aliases);
        Assert.Contains(new PartyName("JSC VTB BANK", NameType.FormerName, "Latn"), vtb.Aliases);
        Assert.Contains(new PartyName("VTB BANK PAO", NameType.Alias, "Latn"), vtb.Aliases);
        Assert.Contains(new PartyIdentifier("SWIFT/BIC", "VTBRRUMM"), vtb.Identifiers);
        Assert.Contains(new PartyIdentifier("Registration ID", "1027739609391", "RU"), vtb.Identifiers);
        Assert.Contains(new PartyIdentifier("Tax ID No.", "7702070139", "RU"), vtb.Identifiers);
        Assert.Contains(new PartyIdentifier("Legal Entity Number", "253400V1H6ART1UQ0N98", "RU"), vtb.Identifiers);
        Assert.Contains(new PartyAddress("29, Bolshaya Morskaya str., St. Petersburg, 190000, Russia", "RU", "St. Petersburg"), vtb.Addresses);
        Assert.Contains(new PartyDate("established", "1990-10-17"), vtb.Dates);
        Assert.Contains(new PartyDate("listed", "2014-07-29"), vtb.Dates);
        Assert.Contains("Sectoral Sanctions Identifications List", vtb.Programs);
        Assert.Contains("UKRAINE-EO13662", vtb.Programs);
        Assert.Contains("RUSSIA-EO14024", vtb.Programs);
        Assert.Contains(vtb.Countries, country => country.Code == "RU");
    }

    [Fact]
    public void Parse_Haniya_ReadsPersonBirthYearAndPlace()
    {
        var haniya = fixture.Single("9639");

        Assert.Equal("HANIYA, Ismail Abdul Salah", haniya.PrimaryName);
        Assert.Equal(PartyKind.Person, haniya.Kind);
        Assert.Contains(new PartyName("HANIYA, Ismail", NameType.Alias, "Latn"), haniya.Aliases);
        Assert.Contains("NS-PLC", haniya.Programs);
        Assert.Contains(new PartyDate("birth", "1962"), haniya.Dates);
        Assert.Contains("Place of birth: Shati", haniya.Remarks);
    }

    [Fact]
    public void Parse_DoctypeWithExternalEntity_IsRejected()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE sanctionsData [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML"><entities><entity id="1"><generalInfo><remarks>&xxe;</remarks></generalInfo></entity></entities></sanctionsData>
            """;

        var exception = Assert.Throws<ListFormatException>(() => new OfacConsolidatedEnhancedParser().Parse(RealListFiles.FromText("CONS_ENHANCED.XML", xml), CancellationToken.None));

        Assert.Contains("DOCTYPE", exception.Message);
        Assert.DoesNotContain("root:", exception.Message);
    }

    [Fact]
    public void Parse_ZipBomb_IsRejected()
    {
        var bomb = BuildZip(("CONS_ENHANCED.XML", new byte[64 * 1024 * 1024]));

        var exception = Assert.Throws<ListFormatException>(() => new OfacConsolidatedEnhancedParser().Parse(new ListFileSet("CONS_ENHANCED.ZIP", bomb), CancellationToken.None));

        Assert.Contains("zip bomb", exception.Message);
    }

    [Fact]
    public void Parse_ZipWithManyEntries_IsRejected()
    {
        var entries = Enumerable.Range(0, 200).Select(index => ($"part{index}.xml", Encoding.UTF8.GetBytes("<a/>"))).ToArray();

        var exception = Assert.Throws<ListFormatException>(() => new OfacConsolidatedEnhancedParser().Parse(new ListFileSet("CONS_ENHANCED.ZIP", BuildZip(entries)), CancellationToken.None));

        Assert.Contains("200 entries", exception.Message);
    }

    [Theory]
    [InlineData("<sanctionsData><entities/></sanctionsData>", "expected 'sanctionsData' in the namespace")]
    [InlineData("<other xmlns=\"x\"/>", "the root element is 'other'")]
    [InlineData("<sanctionsData xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML\"><entities>", "not well-formed")]
    [InlineData(RealListFiles.HtmlErrorPage, "the file is an HTML page, not an OFAC Enhanced XML file")]
    public void Parse_BadInput_ThrowsListFormatException(string xml, string expectedMessage)
    {
        var exception = Assert.Throws<ListFormatException>(() => new OfacConsolidatedEnhancedParser().Parse(RealListFiles.FromText("CONS_ENHANCED.XML", xml), CancellationToken.None));

        Assert.Contains(expectedMessage, exception.Message);
    }

    internal static byte[] BuildZip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
