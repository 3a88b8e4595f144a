using PartnerScreening.Matching.Scoring;

namespace PartnerScreening.Matching.Tests.Scoring;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("putin", "putin", 0)]
    [InlineData("musk", "mosk", 0.7)]       // o/u confusable
    [InlineData("igor", "ig0r", 0.7)]       // digit 0 for letter o
    [InlineData("hassan", "hasan", 0.5)]    // doubled letter
    [InlineData("khan", "kan", 0.7)]        // h after a consonant
    [InlineData("schell", "shell", 0.7)]    // sch for sh
    [InlineData("apple", "appel", 0.7)]     // neighbours swapped
    [InlineData("beta", "meta", 1)]         // b and m are not confusable
    [InlineData("scholz", "schulze", 1.2)]  // o/u, then a final e
    [InlineData("stripe", "strip", 0.5)]    // silent final e
    [InlineData("lavrovs", "lavrov", 0.5)]  // final s
    [InlineData("olsen", "olsn", 1)]        // an e inside the word costs in full
    [InlineData("ise", "is", 1)]            // too short for an ending
    public void Folded_NamePairs_CostsAsDocumented(string a, string b, double expected)
    {
        Assert.Equal(expected, EditDistance.Folded(a, b, 5), 3);
        Assert.Equal(expected, EditDistance.Folded(b, a, 5), 3);
    }

    [Fact]
    public void Folded_OverBudget_StopsAboveMaximum()
    {
        Assert.True(EditDistance.Folded("sechin", "navalny", 1) > 1);
    }
}
