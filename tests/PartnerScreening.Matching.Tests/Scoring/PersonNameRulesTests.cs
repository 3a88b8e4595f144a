using PartnerScreening.Domain.Lists;
using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;
using PartnerScreening.Matching.Screening;

namespace PartnerScreening.Matching.Tests.Scoring;

// Rules that tell one person's name from another's and tolerate how one person's name is written: initials,
// spelling variants, words written together, the order of name parts. Scored without an index (uniform
// weights) against the default review threshold of 70.
public sealed class PersonNameRulesTests
{
    private const double Review = 70;

    private static readonly NameComparer Comparer = new(NameNormalizer.Shared, new NameIndexHolder(TimeProvider.System));

    [Theory]
    [InlineData("V. Putin", "Vladimir Putin", "initial")]
    [InlineData("Hans J Friedrich", "Hans Joachim Friedrich", "initial")]
    [InlineData("JC Juncker", "Jean-Claude Juncker", "initials-of-words")]
    [InlineData("Putin Vladimir", "Vladimir Putin", null)]
    [InlineData("Yamada Taro", "Taro Yamada", null)]
    [InlineData("Olaf Schulze", "Olaf Scholz", "fuzzy-token")]
    [InlineData("Ig0r Sech1n", "Igor Sechin", "fuzzy-token")]
    [InlineData("Saddam Husayn", "Saddam Hussein", "fuzzy-token")]
    [InlineData("MOHAMMAD HASNI KHAN ZARKARI", "KHAN ZARKARI MOHAMMADHASNI", "words-joined")]
    [InlineData("Sergey Lavrov", "Sergey Viktorovich Lavrov", "middle-name-omitted")]
    [InlineData("Lavrov Sergey", "LAVROV Sergey Viktorovich", "middle-name-omitted")]
    [InlineData("Barack Obama", "Barack Hussein Obama", "middle-name-omitted")]
    [InlineData("Ali Khamenei", "KHAMENEI, Ali Husseini", "middle-name-omitted")]
    [InlineData("bin Salman Mohammed", "Mohammed bin Salman", null)]
    [InlineData("Ted Kaczynski", "Theodore Kaczynski", "given-name-form")]
    [InlineData("Bill Gates", "William Henry Gates", "given-name-form")]
    public void Compare_SamePersonWrittenDifferently_ReachesReview(string query, string listed, string? rule)
    {
        var comparison = Comparer.Compare(query, listed, PartyKind.Person);

        Assert.True(comparison.Score >= Review, $"{query} ~ {listed}: {comparison.Score} ({comparison.Explanation.SummaryEn})");
        if (rule is not null)
        {
            Assert.Contains(rule, comparison.Explanation.Rules);
        }
    }

    [Theory]
    [InlineData("SADDAM HUSSEIN AL-DULAIMI", "SADDAM HUSSEIN AL-TIKRITI", "words-differ")]
    [InlineData("IZZAT IBRAHIM AL-MOSULI", "IZZAT IBRAHIM AL-DURI", "words-differ")]
    [InlineData("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI", "name-order-differs")]
    [InlineData("AHMAD BIN HASAN AL-UBAIDI", "HASAN BIN AHMAD AL-UBAIDI", "name-order-differs")]
    [InlineData("N.N.", "Nursultan Nazarbayev", "initials-only")]
    [InlineData("Oleksandr Zelenskyy", "Volodymyr Oleksandrovych Zelenskyy", "words-differ")]
    [InlineData("Tom Ivanov", "Tim Ivanov", "words-differ")]
    [InlineData("Ahmed bin Ali", "Ali bin Ahmed", "name-order-differs")]
    [InlineData("Thomas Lind", "Thomas Lindemann", "words-differ")]
    public void Compare_DifferentPeople_StaysBelowReview(string query, string listed, string rule)
    {
        var comparison = Comparer.Compare(query, listed, PartyKind.Person);

        Assert.True(comparison.Score < Review, $"{query} ~ {listed}: {comparison.Score} ({comparison.Explanation.SummaryEn})");
        Assert.Contains(rule, comparison.Explanation.Rules);
    }

    // Several words between the shared ones are more than a left-out middle name: in an Arabic name they are the
    // generations of a lineage. And two different middle names are a substitution, not an omission.
    [Theory]
    [InlineData("SAIF AL-DIN AL-RAWI", "SAIF AL-DIN FULAYYIH HASSAN TAHA AL-RAWI")]
    [InlineData("MOHAMMED QASIM ABDUL RAHIM", "MOHAMMED QASIM WALI RAHIM")]
    public void Compare_MoreThanAMiddleNameDiffers_DoesNotCountItOmitted(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed, PartyKind.Person);

        Assert.DoesNotContain("middle-name-omitted", comparison.Explanation.Rules);
    }

    // A Chinese given name of two letters is a name, not the initials of the listed words.
    [Fact]
    public void Compare_TwoLetterGivenName_IsNotReadAsInitials()
    {
        var comparison = Comparer.Compare("Li Xi", "Xi Ling Information", PartyKind.Person);

        Assert.True(comparison.Score < Review, $"{comparison.Score} ({comparison.Explanation.SummaryEn})");
        Assert.DoesNotContain("initials-of-words", comparison.Explanation.Rules);
    }

    [Fact]
    public void Compare_OrganisationWordsSwapped_ReachesReview()
    {
        // The order check is for people only: an organisation's words may come in any order.
        var comparison = Comparer.Compare("SALMAN TRADING MUHAMMAD", "MUHAMMAD TRADING SALMAN");

        Assert.True(comparison.Score >= Review, $"{comparison.Score}");
    }

    [Theory]
    [InlineData("SiemensAG", "Siemens AG", "words-joined")]
    [InlineData("A.B.C. Company", "ABC Company", "initials-joined")]
    [InlineData("U.S. Department of State", "United States Department of State", "initials-of-words")]
    [InlineData("Brigade Forty-Four", "Brigade 44", "number-word-to-digits")]
    public void Compare_OrganisationWrittenDifferently_ReachesReview(string query, string listed, string rule)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.True(comparison.Score >= Review, $"{query} ~ {listed}: {comparison.Score} ({comparison.Explanation.SummaryEn})");
        Assert.Contains(rule, comparison.Explanation.Rules);
    }
}
