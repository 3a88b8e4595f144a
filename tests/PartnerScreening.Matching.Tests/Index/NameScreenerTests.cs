using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Screening;

namespace PartnerScreening.Matching.Tests.Index;

// Screens against the index of every real list that has a parser.
[Collection(AllListsCollection.Name)]
public sealed class NameScreenerTests(AllListsIndexFixture index)
{
    [Theory]
    [InlineData("Harbin Institute of Technology", "541")]
    [InlineData("哈爾浜工業大学", "541")]
    [InlineData("哈尔滨工业大学", "541")]
    [InlineData("Korea Mining Development Trading Corp.", "352")]
    [InlineData("朝鮮鉱業開発貿易会社", "352")]
    [InlineData("ESNICO", "90")]                                   // listed as ESNICO (Equipment Supplier for …)
    [InlineData("Equipment Supplier for Nuclear Industries", "90")] // the parenthesised long form alone
    [InlineData("Pan Systems Pte. Ltd.", "404")]                   // listed with "(Pyongyang branch)"
    public void Screen_KnownEntry_IsFirstGroup(string query, string metiNumber)
    {
        var result = index.Screener.Screen(new ScreeningQuery { Name = query });

        Assert.Contains(result.Groups[0].Hits, hit => hit.Source == ListSourceIds.MetiEndUserList && hit.SourceEntityId == metiNumber);
    }

    // A typo in the first letter: the candidates come through the words' deletion terms, which fix no letter.
    [Theory]
    [InlineData("Jalashnikov Concern", "780")]
    [InlineData("Harbni Institute of Technology", "541")]
    [InlineData("Hrabin Institute of Technology", "541")]
    public void Screen_OneEditInAnyLetter_FindsEntry(string query, string metiNumber)
    {
        var result = index.Screener.Screen(new ScreeningQuery { Name = query });

        Assert.Contains(result.Groups[0].Hits, hit => hit.Source == ListSourceIds.MetiEndUserList && hit.SourceEntityId == metiNumber);
    }

    // Names the US lists write only in Latin letters, found from their Chinese names.
    [Theory]
    [InlineData("四川大学", "Sichuan University")]
    [InlineData("华为技术有限公司", "HUAWEI TECHNOLOGIES CO., LTD.")]
    [InlineData("哈尔滨工程大学", "Harbin Engineering University")]
    public void Screen_ChineseName_FindsEntryListedOnlyInLatin(string query, string listedName)
    {
        var result = index.Screener.Screen(new ScreeningQuery { Name = query });

        var hit = Assert.Single(result.Groups[0].Hits, hit => hit.Source == ListSourceIds.UsConsolidatedScreeningList && string.Equals(hit.Name, listedName, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("romanised", hit.Explanation.Rules);
    }

    // The listed CETC institutes are shown as siblings for review; a matching country does not lift them to alert.
    [Fact]
    public void Screen_NumbersDifferInSameCountry_StaysBelowAlert()
    {
        var result = index.Screener.Screen(new ScreeningQuery { Name = "China Electronics Technology Group Corporation 99th Research Institute", Country = "CN" });

        var hits = result.Groups.SelectMany(group => group.Hits).ToList();
        Assert.Contains(hits, hit => hit.SourceEntityId == "513" && hit.Score >= index.Options.Thresholds.Review);
        Assert.All(hits, hit => Assert.True(hit.Score < index.Options.Thresholds.Alert, $"{hit.Name}: {hit.Score}"));
    }

    // The listed company is a joint-stock company. A company of its name in another legal form may be the same one
    // after a change of form, so it reaches alert. With another word too, it is shown below alert with the reason.
    [Theory]
    [InlineData("Tactical Missiles Corporation LLC", true)]
    [InlineData("Tactical Missiles Trading Corporation LLC", false)]
    public void Screen_LegalFormOfOtherKind_AlertsOnlyWhenNameAgrees(string query, bool alert)
    {
        var result = index.Screener.Screen(new ScreeningQuery { Name = query, Country = "RU" });

        var hit = result.Groups.SelectMany(group => group.Hits).First(hit => hit.Source == ListSourceIds.MetiEndUserList && hit.SourceEntityId == "821");
        Assert.Equal(alert, hit.Score >= index.Options.Thresholds.Alert);
        Assert.Equal(!alert, hit.Explanation.Rules.Contains("legal-forms-differ"));
    }

    // BANK SADERAT IRAN names the country it is in, so for a query about Iran it is no branch elsewhere and reaches
    // alert. Without a country it is shown for review as a possible national branch.
    [Theory]
    [InlineData("IR", true)]
    [InlineData(null, false)]
    public void Screen_CountryEndingListedName_LowersOnlyOutsideThatCountry(string? country, bool alert)
    {
        var result = index.Screener.Screen(new ScreeningQuery { Name = "Bank Saderat", Country = country });

        var hit = result.Groups.SelectMany(group => group.Hits).First(hit => hit.Name == "BANK SADERAT IRAN");
        Assert.Equal(alert, hit.Score >= index.Options.Thresholds.Alert);
        Assert.True(hit.Score >= index.Options.Thresholds.Review, hit.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(!alert, hit.Explanation.Rules.Contains("country-qualifier"));
    }

    [Fact]
    public void Screen_Hit_ExplainsMatchedNameAndTokens()
    {
        var result = index.Screener.Screen(new ScreeningQuery { Name = "Harbin Inst. of Tech." });

        var hit = result.Groups[0].Hits.First(hit => hit.Source == ListSourceIds.MetiEndUserList);
        Assert.StartsWith("Harbin Institute of Technology", hit.MatchedName, StringComparison.Ordinal);
        Assert.Contains("abbreviation-expanded", hit.Explanation.Rules);
        Assert.Contains(hit.Explanation.Tokens, token => token.QueryToken == "harbin" && token.Similarity == 1);
        Assert.NotEmpty(hit.Explanation.SummaryJa);
        Assert.NotEmpty(hit.Explanation.SummaryEn);
    }

    [Fact]
    public void Screen_GenericWordsOnly_ReturnsNoHits()
    {
        var result = index.Screener.Screen(new ScreeningQuery { Name = "University of Science and Technology" });

        Assert.Empty(result.Groups);
    }

    [Fact]
    public void Screen_OtherCountry_StillShowsStrongMatch()
    {
        var result = index.Screener.Screen(new ScreeningQuery { Name = "Harbin Institute of Technology", Country = "US" });

        Assert.Contains(result.Groups.SelectMany(group => group.Hits), hit => hit.SourceEntityId == "541" && hit.Score >= index.Options.Thresholds.Review);
    }

    [Fact]
    public void Screen_ListFilter_ReturnsOnlyThatList()
    {
        var result = index.Screener.Screen(new ScreeningQuery { Name = "Harbin Institute of Technology", Lists = [ListSourceIds.MetiEndUserList] });

        Assert.All(result.Groups.SelectMany(group => group.Hits), hit => Assert.Equal(ListSourceIds.MetiEndUserList, hit.Source));
    }
}
