using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Tests.Normalization;

// Rules that change the words of a name before scoring: initials written with dots, numbers written in words,
// and the particles of Arabic names.
public sealed class NameTokenRulesTests
{
    private static readonly NameNormalizer Normalizer = NameNormalizer.Shared;

    [Theory]
    [InlineData("A.B.C. Company", "abc company")]
    [InlineData("A B C Company", "abc company")]
    [InlineData("U.S. Department of State", "us department of state")]
    [InlineData("J.-C. Juncker", "jc juncker")]
    [InlineData("V. Putin", "v putin")]
    public void Normalize_SingleLetters_JoinsRunsOfInitials(string name, string expected)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Equal(expected, string.Join(' ', normalized.Tokens.Select(token => token.Text)));
    }

    [Theory]
    [InlineData("J.-C. Juncker", "jc", true)]
    [InlineData("JC Juncker", "jc", false)]
    [InlineData("Li Xi", "li", false)]
    public void Normalize_JoinedInitials_AreMarkedAsWrittenInitials(string name, string firstToken, bool writtenAsInitials)
    {
        var token = Normalizer.Normalize(name).Tokens[0];

        Assert.Equal(firstToken, token.Text);
        Assert.Equal(writtenAsInitials, token.WrittenAsInitials);
    }

    [Theory]
    [InlineData("Banco Santander S.A.", "sa")]
    [InlineData("Bowne Global Solutions Denmark A/S", "as")]
    [InlineData("Carlyle Partners VII L.P.", "lp")]
    [InlineData("Alfa Tech s.r.o.", "sro")]
    [InlineData("FABERLIC EUROPE Sp. z o.o.", "zoo")]
    public void Normalize_LegalFormWithDots_JoinsAndIsRecognised(string name, string lastToken)
    {
        var token = Normalizer.Normalize(name).Tokens[^1];

        Assert.Equal(lastToken, token.Text);
        Assert.Equal(TokenRole.LegalForm, token.Role);
    }

    [Theory]
    [InlineData("Three Percenters", "3 percenters")]
    [InlineData("Brigade Forty-Four", "brigade 44")]
    [InlineData("Brigade Forty", "brigade 40")]
    [InlineData("Brigade Fourty-four", "brigade 44")]
    [InlineData("Twelve Apostles Trading", "12 apostles trading")]
    public void Normalize_EnglishNumberWords_ReadsDigits(string name, string expected)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Equal(expected, string.Join(' ', normalized.Tokens.Select(token => token.Text)));
        Assert.True(normalized.Rules.HasFlag(NormalizationRules.NumberWordToDigits));
    }

    [Theory]
    [InlineData("Carlyle Partners VII L.P.", "carlyle partners 7 lp")]
    [InlineData("KKR North America Fund XII", "kkr north america fund 12")]
    [InlineData("Citigroup Capital Trust XIV", "citigroup capital trust 14")]
    [InlineData("Bowne Global Solutions II", "bowne global solutions 2")]
    [InlineData("Fund VII", "fund 7")]
    [InlineData("Louis XIV", "louis 14")]
    public void Normalize_RomanNumeralAfterAWord_ReadsNumber(string name, string expected)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Equal(expected, string.Join(' ', normalized.Tokens.Select(token => token.Text)));
        Assert.True(normalized.Rules.HasFlag(NormalizationRules.RomanNumeral));
    }

    [Theory]
    [InlineData("Ted", "edward theodore")]
    [InlineData("Sasha", "alexander")]
    [InlineData("Mohamed", "mohammed")]
    [InlineData("Theodore", "theodore")]
    public void Normalize_GivenNameForm_NamesTheGivenNames(string name, string expected)
    {
        var token = Assert.Single(Normalizer.Normalize(name).Tokens);

        Assert.Equal(expected, string.Join(' ', token.GivenNames!.Order(StringComparer.Ordinal)));
    }

    // Single letters are initials, a first word is a word, and Xi is a Chinese name in any position.
    [Theory]
    [InlineData("Xi Jinping")]
    [InlineData("Wang Xi")]
    [InlineData("Wang Jian Xi")]
    [InlineData("Vi Tran")]
    [InlineData("Vladimir V Putin")]
    [InlineData("Civil Aviation Authority")]
    public void Normalize_NumeralShapedName_KeepsWords(string name)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Empty(normalized.Numbers);
        Assert.False(normalized.Rules.HasFlag(NormalizationRules.RomanNumeral));
    }

    [Theory]
    [InlineData("Mohammed bin Salman", "bin")]
    [InlineData("Usama ibn Laden", "ibn")]
    [InlineData("Hamadi Ben Ahmed", "ben")]
    public void Normalize_ArabicPatronymicParticle_SharesOneConcept(string name, string particle)
    {
        var token = Normalizer.Normalize(name).Tokens.Single(candidate => candidate.Text == particle);

        Assert.Equal(TokenRole.Generic, token.Role);
        Assert.Equal("son-of", token.Concept);
    }

    [Theory]
    [InlineData("Bashar al-Assad")]
    [InlineData("Zia-ur-Rahman")]
    [InlineData("Mahmood Bashir-ud-Din")]
    public void Normalize_ArabicArticle_IsLeftOutOfMatching(string name)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Contains(normalized.Tokens, token => token.Role == TokenRole.Stop);
        Assert.DoesNotContain(normalized.Tokens, token => token.Role != TokenRole.Stop && token.Text is "al" or "ur" or "ud");
    }
}
