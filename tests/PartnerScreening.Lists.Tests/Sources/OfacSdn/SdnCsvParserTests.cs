using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.OfacSdn;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.OfacSdn;

/// <summary>Parses the real 2021 SDN CSV set once and checks entries field by field.</summary>
public sealed class SdnCsvFixture
{
    public SdnCsvFixture()
    {
        Result = new SdnCsvParser().Parse(SdnCsvParserTests.LoadRealSet(), CancellationToken.None);
    }

    public ParsedList Result { get; }

    public ListedParty Single(string entityNumber) => Result.Parties.Single(party => party.SourceEntityId == entityNumber);
}

public sealed class SdnCsvParserTests(SdnCsvFixture fixture) : IClassFixture<SdnCsvFixture>
{
    internal static ListFileSet LoadRealSet() => RealListFiles.Load("ofac-sdn", "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");

    [Fact]
    public void Parse_RealSet_ReturnsEveryEntry()
    {
        Assert.Equal(8_976, fixture.Result.Parties.Count);
        Assert.Empty(fixture.Result.Warnings);
        Assert.Equal(8_976, fixture.Result.Parties.Select(party => party.SourceEntityId).Distinct().Count());
    }

    [Fact]
    public void Parse_Komid_JoinsAliasesAddressesAndWeakAlias()
    {
        var komid = fixture.Single("9345");

        Assert.Equal("KOREA MINING DEVELOPMENT TRADING CORPORATION", komid.PrimaryName);
        Assert.Equal(PartyKind.Organization, komid.Kind);
        Assert.Equal(["NPWMD", "DPRK2"], komid.Programs);
        Assert.Contains(new PartyName("CHANGGWANG SINYONG CORPORATION", NameType.Alias, "Latn"), komid.Aliases);
        Assert.Contains(new PartyName("KOMID", NameType.WeakAlias, "Latn"), komid.Aliases);
        Assert.Contains(new PartyAddress("Central District, Pyongyang, Korea, North", "KP"), komid.Addresses);
        Assert.Contains(new PartyAddress("Beijing, China", "CN"), komid.Addresses);
        Assert.Equal("KP", komid.Countries[0].Code);
    }

    [Fact]
    public void Parse_BancoNacionalDeCuba_ReadsAliasesAndForeignAddress()
    {
        var bank = fixture.Single("306");

        Assert.Equal(["CUBA"], bank.Programs);
        Assert.Contains(bank.Aliases, alias => alias.Value == "NATIONAL BANK OF CUBA" && alias.Type == NameType.Alias);
        Assert.Contains(bank.Aliases, alias => alias.Value == "BNC" && alias.Type == NameType.WeakAlias);
        Assert.Contains(new PartyAddress("Dai-Ichi Bldg. 6th Floor, 10-2 Nihombashi, 2-chome, Chuo-ku, Tokyo 103, Japan", "JP"), bank.Addresses);
        Assert.Contains(new PartyAddress("Zweierstrasse 35, Zurich CH-8022, Switzerland", "CH"), bank.Addresses);
    }

    [Fact]
    public void Parse_Individual_ReadsRemarkFacts()
    {
        var person = fixture.Single("29703");

        Assert.Equal("ANDREYEV, Anton Nikolaeyvich", person.PrimaryName);
        Assert.Equal(PartyKind.Person, person.Kind);
        Assert.Equal(["CYBER2", "ELECTION-EO13848"], person.Programs);
        Assert.Contains(new PartyDate("birth", "1985-03-03"), person.Dates);
        Assert.Contains(person.Countries, country => country.Code == "RU");
        Assert.Contains(new PartyIdentifier("Email Address", "antonandreyv@gmail.com"), person.Identifiers);
        Assert.Contains(new PartyIdentifier("Passport", "4005504207", "RU"), person.Identifiers);
        Assert.Contains(person.Identifiers, identifier => identifier.Type == "Digital Currency Address - XBT");
        Assert.Contains(new PartyAddress("9 3 Bloshevikov Prospect Apt 35, Saint Petersburg, Russia", "RU"), person.Addresses);
    }

    [Fact]
    public void Parse_LongRemark_AppendsCommentOverflow()
    {
        var person = fixture.Single("28264");

        Assert.EndsWith("Linked To: LAZARUS GROUP.", person.Remarks);
        Assert.Contains(new PartyIdentifier("Identification Number", "210302198701102136", "CN"), person.Identifiers);
        Assert.Contains(person.Aliases, alias => alias.Value == "blackjack1987" && alias.Type == NameType.WeakAlias);
    }

    [Fact]
    public void Parse_Vessel_KeepsCallSignAndFlag()
    {
        var vessel = fixture.Result.Parties.First(party => party.Kind == PartyKind.Vessel && party.Identifiers.Any(identifier => identifier.Type == "Call Sign"));

        Assert.Contains(vessel.Identifiers, identifier => identifier.Type == "Vessel Flag");
    }

    [Fact]
    public void Parse_MissingAddressFile_NamesTheCompanion()
    {
        var files = RealListFiles.Load("ofac-sdn", "sdn.csv", "alt.csv", "sdn_comments.csv");

        var exception = Assert.Throws<ListFormatException>(() => new SdnCsvParser().Parse(files, CancellationToken.None));

        Assert.Contains("'add.csv' is missing", exception.Message);
    }

    [Fact]
    public void Parse_MissingCommentFile_WarnsAndGoesOn()
    {
        var files = RealListFiles.Load("ofac-sdn", "sdn.csv", "add.csv", "alt.csv");

        var result = new SdnCsvParser().Parse(files, CancellationToken.None);

        Assert.Equal(8_976, result.Parties.Count);
        Assert.Contains("sdn_comments.csv", Assert.Single(result.Warnings));
    }

    [Fact]
    public void Parse_HeaderRow_NamesExpectedColumns()
    {
        var files = SmallSet("ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks\r\n");

        var exception = Assert.Throws<ListFormatException>(() => new SdnCsvParser().Parse(files, CancellationToken.None));

        Assert.Contains("expected no header row and the 12 columns ent_num, SDN_Name, SDN_Type", exception.Message);
    }

    [Fact]
    public void Parse_HtmlCompanion_ReportsHtml()
    {
        var files = SmallSet("306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        files = files with { Companions = new Dictionary<string, byte[]>(files.Companions) { ["alt.csv"] = System.Text.Encoding.UTF8.GetBytes(RealListFiles.HtmlErrorPage) } };

        var exception = Assert.Throws<ListFormatException>(() => new SdnCsvParser().Parse(files, CancellationToken.None));

        Assert.Contains("'alt.csv'", exception.Message);
        Assert.Contains("the file is an HTML page", exception.Message);
    }

    [Fact]
    public void Parse_DosEndOfFileByte_YieldsNoJunkRecord()
    {
        var files = SmallSet("306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"\r\n\u001A");

        var party = Assert.Single(new SdnCsvParser().Parse(files, CancellationToken.None).Parties);

        Assert.Equal("306", party.SourceEntityId);
        Assert.Equal("BNC", Assert.Single(party.Aliases).Value);
    }

    private static ListFileSet SmallSet(string sdn) => new("sdn.csv", System.Text.Encoding.UTF8.GetBytes(sdn))
    {
        Companions = new Dictionary<string, byte[]>
        {
            ["add.csv"] = System.Text.Encoding.UTF8.GetBytes("306,199,\"Zweierstrasse 35\",\"Zurich CH-8022\",\"Switzerland\",-0- \r\n\u001A"),
            ["alt.csv"] = [0x1A],
            ["sdn_comments.csv"] = [0x1A],
        },
    };
}
