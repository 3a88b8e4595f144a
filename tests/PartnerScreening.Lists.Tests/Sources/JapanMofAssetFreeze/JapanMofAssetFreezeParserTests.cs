using PartnerScreening.Domain.Lists;
using PartnerScreening.Lists.Sources.JapanMofAssetFreeze;
using Xunit;

namespace PartnerScreening.Lists.Tests.Sources.JapanMofAssetFreeze;

public sealed class JapanMofAssetFreezeParserTests(MofWorkbookFixture fixture) : IClassFixture<MofWorkbookFixture>
{
    [Fact]
    public void Parse_RealWorkbook_Returns2862Targets()
    {
        Assert.Equal(2862, fixture.Result.Parties.Count);
        Assert.All(fixture.Result.Parties, party => Assert.Equal(ListSourceIds.JapanMofAssetFreeze, party.Source));
        Assert.All(fixture.Result.Parties, party => Assert.False(string.IsNullOrWhiteSpace(party.PrimaryName)));
    }

    [Fact]
    public void Parse_RealWorkbook_EditionFromFileName()
    {
        Assert.Equal(new DateOnly(2026, 3, 5), fixture.Result.Edition);
    }

    [Theory]
    [InlineData("タリバーン関係者等", 480)]
    [InlineData("ロシア連邦(個人)", 752)]
    [InlineData("ロシア連邦(団体(特定銀行を除く))", 369)]
    [InlineData("北朝鮮(決議1718号等；団体)", 75)]
    [InlineData("イラン (団体)", 78)]
    [InlineData("ソマリア", 24)]
    public void Parse_RegimeSheet_CountsTargetsOfSheet(string program, int expected)
    {
        Assert.Equal(expected, fixture.Result.Parties.Count(party => party.Programs.Single() == program));
    }

    [Fact]
    public void Parse_RealWorkbook_SkipsLiftedRegimesAndIndex()
    {
        var programs = fixture.Result.Parties.Select(party => party.Programs.Single()).Distinct().ToList();

        Assert.Equal(40, programs.Count);
        Assert.DoesNotContain(programs, program => program.Contains("【解除】", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Komid_KeepsBothNamesAndAliases()
    {
        var komid = fixture.ById["014-000001"];

        Assert.Equal("Korea Mining Development Trading Corporation(KOMID)", komid.PrimaryName);
        Assert.Equal(PartyKind.Organization, komid.Kind);
        Assert.Contains(new PartyName("コリア・マイニング・デベロップメント・トレーディング・コーポレーション", NameType.Alias, "Jpan", "ja"), komid.Aliases);
        Assert.Contains(new PartyName("Changgwang Sinyong Corporation", NameType.Alias, "Latn", "en"), komid.Aliases);
        Assert.Contains(new PartyName("External Technology General Corporation", NameType.Alias, "Latn", "en"), komid.Aliases);
        Assert.Contains(new PartyName("チャングァン・シンヨン・コーポレーション", NameType.Alias, "Jpan", "ja"), komid.Aliases);
        Assert.Contains(new PartyIdentifier("mof-notice-number", "*1"), komid.Identifiers);
        Assert.Contains(new PartyDate("listed", "2009-05-22"), komid.Dates);
    }

    [Fact]
    public void Parse_LabelledAliasCell_TypesFormerName()
    {
        var ryonbong = fixture.ById["014-000002"];

        Assert.Contains(new PartyName("Korea Yonbong General Corporation", NameType.Alias, "Latn", "en"), ryonbong.Aliases);
        Assert.Contains(new PartyName("Lyongaksan General Trading Corporation", NameType.FormerName, "Latn", "en"), ryonbong.Aliases);
    }

    [Fact]
    public void Parse_Putin_ConvertsSerialBirthDate()
    {
        var putin = fixture.ById["029-000001"];

        Assert.Equal("Vladimir Putin", putin.PrimaryName);
        Assert.Equal(PartyKind.Person, putin.Kind);
        Assert.Contains(new PartyDate("birth", "1952-10-07"), putin.Dates);
        Assert.Contains(new PartyDate("listed", "2022-03-01"), putin.Dates);
        Assert.Contains(new PartyName("ウラジーミル・プーチン", NameType.Alias, "Jpan", "ja"), putin.Aliases);
    }

    [Fact]
    public void Parse_RealWorkbook_BirthDatesAreIsoOrText()
    {
        var birthDates = fixture.Result.Parties.SelectMany(party => party.Dates).Where(date => date.Type == "birth").ToList();

        Assert.True(birthDates.Count > 1300);
        Assert.DoesNotContain(birthDates, date => System.Text.RegularExpressions.Regex.IsMatch(date.Value, @"^\d{4,5}(\.0)?$") && !date.Value.StartsWith("19", StringComparison.Ordinal) && !date.Value.StartsWith("20", StringComparison.Ordinal));
        var riYongMu = fixture.Result.Parties.Where(party => party.PrimaryName == "RI YONG MU").ToList();
        Assert.NotEmpty(riYongMu);
        Assert.All(riYongMu, party => Assert.Contains(new PartyDate("birth", "1925-01-25"), party.Dates));
    }

    [Fact]
    public void Parse_DeletedRows_AreNotImported()
    {
        Assert.False(fixture.ById.ContainsKey("002-000001"));
        Assert.False(fixture.ById.ContainsKey("021-000008"));
        Assert.True(fixture.ById.ContainsKey("021-000009"));
        Assert.DoesNotContain(fixture.Result.Parties, party => party.Dates.Any(date => date.Value.Contains("削除", StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_RowWithoutNameOrDeletionMark_IsSkippedWithWarning()
    {
        Assert.False(fixture.ById.ContainsKey("002-000274"));
        Assert.Contains(fixture.Result.Warnings, warning => warning.Contains("'274'", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ContinuationRows_AppendToRemarks()
    {
        var alShabaab = fixture.ById["021-000001"];

        Assert.Equal("AL-SHABAAB", alShabaab.PrimaryName);
        Assert.Contains("アフリカ連合の軍事基地", alShabaab.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoticeDateWithRevisions_KeepsListedAndAmended()
    {
        var akhund = fixture.ById["002-000002"];

        Assert.Equal(new PartyDate("listed", "2001-09-22"), akhund.Dates[0]);
        Assert.Contains(new PartyDate("amended", "2008-06-25"), akhund.Dates);
        Assert.Contains(new PartyDate("amended", "2012-03-27"), akhund.Dates);
    }

    [Fact]
    public void Parse_EnumeratedAliases_SplitsOnLetters()
    {
        var farah = fixture.ById["021-000009"];

        Assert.Contains(new PartyName("Faris Mana'a", NameType.Alias, "Latn", "en"), farah.Aliases);
        Assert.Contains(new PartyName("Fares Mohammed Manaa", NameType.Alias, "Latn", "en"), farah.Aliases);
        Assert.Contains(new PartyName("ファリス・マナア", NameType.Alias, "Jpan", "ja"), farah.Aliases);
    }

    [Fact]
    public void Parse_RealWorkbook_NoPhoneticReadingLeaks()
    {
        var readings = PhoneticReadings.NotInVisibleText(fixture.Path);
        Assert.NotEmpty(readings);

        var texts = fixture.Result.Parties
            .SelectMany(party => party.AllNames().Select(name => name.Value)
                .Concat(party.Addresses.Select(address => address.Text))
                .Append(party.Remarks ?? string.Empty))
            .ToList();

        foreach (var reading in readings)
        {
            Assert.DoesNotContain(texts, text => text.Contains(reading, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Parse_OriginalScriptNotation_BecomesOriginalScriptAlias()
    {
        var zawahiri = fixture.ById["002-000158"];

        Assert.Equal("AIMAN MUHAMMED RABI Al-ZAWAHIRI", zawahiri.PrimaryName);
        Assert.Contains(new PartyName("أيمن محمد ربيع الظواهري", NameType.OriginalScript, "Arab"), zawahiri.Aliases);
    }

    [Fact]
    public void Parse_UnknownOriginalScript_IsDropped()
    {
        var makki = fixture.ById["002-000794"];

        Assert.Equal("ABDUL REHMAN MAKKI", makki.PrimaryName);
        Assert.DoesNotContain(makki.Aliases, alias => alias.Value.Contains("不明", StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Result.Parties, party => party.AllNames().Any(name => name.Value.Contains("original script", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData(19274, "1952-10-07")]
    [InlineData(61, "1900-03-01")]
    [InlineData(59, "1900-02-28")]
    [InlineData(1, "1900-01-01")]
    public void FromSerial_ExcelSerial_ReturnsIsoDate(double serial, string expected)
    {
        Assert.Equal(expected, MofDates.FromSerial(serial));
    }

    [Theory]
    [InlineData("1963年9月12日", "1963-09-12")]
    [InlineData("1963年9月", "1963-09")]
    [InlineData("1963年", "1963")]
    [InlineData("1963年頃", null)]
    [InlineData("1955年から1958年の間", null)]
    [InlineData("1963年2月30日", null)]
    public void TryJapanese_DateText_ReturnsIsoOrNull(string text, string? expected)
    {
        Assert.Equal(expected, MofDates.TryJapanese(text));
    }

    [Theory]
    [InlineData("14.北朝鮮(決議1718号等；団体) ", 14, "北朝鮮(決議1718号等；団体)", PartyKind.Organization)]
    [InlineData("29.ロシア連邦(個人)", 29, "ロシア連邦(個人)", PartyKind.Person)]
    [InlineData("2.タリバーン関係者等", 2, "タリバーン関係者等", PartyKind.Unknown)]
    public void DescribeSheet_RegimeSheet_ReadsNumberAndKind(string name, int number, string program, PartyKind kind)
    {
        var sheet = JapanMofAssetFreezeParser.DescribeSheet(name);

        Assert.NotNull(sheet);
        Assert.Equal(number, sheet.RegimeNumber);
        Assert.Equal(program, sheet.Program);
        Assert.Equal(kind, sheet.Kind);
    }

    [Theory]
    [InlineData("一覧")]
    [InlineData("8.【解除】リベリア")]
    public void DescribeSheet_IndexOrLiftedSheet_ReturnsNull(string name)
    {
        Assert.Null(JapanMofAssetFreezeParser.DescribeSheet(name));
    }
}
