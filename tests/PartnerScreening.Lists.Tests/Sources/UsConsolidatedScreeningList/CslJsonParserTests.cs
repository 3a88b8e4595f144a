using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.UsConsolidatedScreeningList;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.UsConsolidatedScreeningList;

/// <summary>
/// No real JSON download is kept, so these tests build a small file in the documented shape: an object with a
/// <c>results</c> array whose objects carry the CSV's columns, with arrays and nested objects for multi-valued fields.
/// </summary>
public sealed class CslJsonParserTests
{
    private const string TwoResults = """
        {
          "total": 2,
          "sources_used": [{ "source": "Entity List (EL) - Bureau of Industry and Security" }],
          "results": [
            {
              "id": "018015bfc8cf6c2e8d8794b2a2ed0590d2775642",
              "source": "Entity List (EL) - Bureau of Industry and Security",
              "name": "Harbin Institute of Technology",
              "alt_names": ["HIT", "Harbin Gongye Daxue"],
              "addresses": [
                { "address": "No. 92 Xidazhi Street, Nangang District", "city": "Harbin", "state": "Heilongjiang", "postal_code": null, "country": "CN" }
              ],
              "programs": [],
              "federal_register_notice": "85 FR 34497",
              "start_date": "2020-06-05",
              "license_policy": "Presumption of denial",
              "ids": []
            },
            {
              "id": "9345",
              "source": "Specially Designated Nationals (SDN) - Treasury Department",
              "entity_number": 9345,
              "type": "Entity",
              "programs": ["NPWMD", "DPRK2"],
              "name": "KOREA MINING DEVELOPMENT TRADING CORPORATION",
              "alt_names": ["KOMID", "CHANGGWANG SINYONG CORPORATION"],
              "addresses": [
                { "address": "Central District", "city": "Pyongyang", "country": "KP" },
                { "city": "Beijing", "country": "CN" }
              ],
              "ids": [
                { "type": "Secondary sanctions risk:", "number": "North Korea Sanctions Regulations, sections 510.201 and 510.210", "country": null },
                { "type": "Registration ID", "number": "12345", "country": "KP", "issue_date": null }
              ],
              "nationalities": [],
              "dates_of_birth": []
            }
          ]
        }
        """;

    [Fact]
    public void Parse_DocumentedShape_MapsBothResults()
    {
        var result = new CslJsonParser().Parse(RealListFiles.FromText("consolidated.json", TwoResults), CancellationToken.None);

        Assert.Equal(2, result.Parties.Count);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_EntityListResult_KeepsAddressCityAndListDate()
    {
        var harbin = new CslJsonParser().Parse(RealListFiles.FromText("consolidated.json", TwoResults), CancellationToken.None).Parties[0];

        Assert.Equal("018015bfc8cf6c2e8d8794b2a2ed0590d2775642", harbin.SourceEntityId);
        Assert.Equal(["Entity List (EL)"], harbin.Programs);
        Assert.Equal(["HIT", "Harbin Gongye Daxue"], harbin.Aliases.Select(alias => alias.Value));
        var address = Assert.Single(harbin.Addresses);
        Assert.Equal("No. 92 Xidazhi Street, Nangang District, Harbin, Heilongjiang, CN", address.Text);
        Assert.Equal("CN", address.CountryCode);
        Assert.Equal("Harbin", address.City);
        Assert.Contains(new PartyDate("listed", "2020-06-05"), harbin.Dates);
    }

    [Fact]
    public void Parse_SdnResult_ReadsIdsAndPrograms()
    {
        var komid = new CslJsonParser().Parse(RealListFiles.FromText("consolidated.json", TwoResults), CancellationToken.None).Parties[1];

        Assert.Equal("9345", komid.SourceEntityId);
        Assert.Equal(PartyKind.Organization, komid.Kind);
        Assert.Equal(["Specially Designated Nationals (SDN)", "NPWMD", "DPRK2"], komid.Programs);
        Assert.Contains(komid.Aliases, alias => alias.Value == "KOMID");
        Assert.Equal(["KP", "CN"], komid.Addresses.Select(address => address.CountryCode));
        Assert.Equal([new PartyIdentifier("Registration ID", "12345", "KP")], komid.Identifiers);
        Assert.Contains("Secondary sanctions risk: North Korea Sanctions Regulations", komid.Remarks);
    }

    [Fact]
    public void Parse_UnderscoreIdAndStringLists_AreAccepted()
    {
        const string json = """{ "results": [ { "_id": "abc", "source": "Unverified List (UVL) - Bureau of Industry and Security", "name": "ACME", "alt_names": "ACME LTD; ACME CO" } ] }""";

        var party = Assert.Single(new CslJsonParser().Parse(RealListFiles.FromText("consolidated.json", json), CancellationToken.None).Parties);

        Assert.Equal("abc", party.SourceEntityId);
        Assert.Equal(["ACME LTD", "ACME CO"], party.Aliases.Select(alias => alias.Value));
        Assert.Equal(["Unverified List (UVL)"], party.Programs);
    }

    [Fact]
    public void Parse_ResultWithoutName_IsReportedAsWarning()
    {
        const string json = """{ "results": [ { "id": "1", "source": "x" }, { "id": "2", "source": "x", "name": "B" } ] }""";

        var result = new CslJsonParser().Parse(RealListFiles.FromText("consolidated.json", json), CancellationToken.None);

        Assert.Single(result.Parties);
        Assert.Contains("Result 0", Assert.Single(result.Warnings));
    }

    [Theory]
    [InlineData("{ \"total\": 0 }", "no 'results' array")]
    [InlineData("{ \"results\": [ ", "the JSON is invalid")]
    [InlineData(RealListFiles.HtmlErrorPage, "the file is an HTML page, not the Consolidated Screening List JSON")]
    public void Parse_BadInput_ThrowsListFormatException(string json, string expectedMessage)
    {
        var exception = Assert.Throws<ListFormatException>(() => new CslJsonParser().Parse(RealListFiles.FromText("consolidated.json", json), CancellationToken.None));

        Assert.Contains(expectedMessage, exception.Message);
    }
}
