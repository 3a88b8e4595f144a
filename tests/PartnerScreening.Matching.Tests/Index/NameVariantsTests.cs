using PartnerScreening.Matching.Index;

namespace PartnerScreening.Matching.Tests.Index;

public sealed class NameVariantsTests
{
    [Theory]
    [InlineData("CHINA PRECISION MACHINERY IMPORT/EXPORT CORPORATION", "CHINA PRECISION MACHINERY IMPORT CORPORATION", "CHINA PRECISION MACHINERY EXPORT CORPORATION")]
    [InlineData("AL-QA'IDA/ISLAMIC ARMY", "AL-QA'IDA ARMY", "ISLAMIC ARMY")]
    [InlineData("LORD'S RESISTANCE MOVEMENT/ARMY", "LORD'S RESISTANCE MOVEMENT", "LORD'S RESISTANCE ARMY")]
    [InlineData("Dana Holdings/Dana Astra", "Dana Holdings", "Dana Astra")]
    public void SlashAlternatives_TwoWords_GivesEachInPlace(string name, string first, string second)
    {
        Assert.Equal([first, second], NameVariants.SlashAlternatives(name));
    }

    // Letters around a slash are abbreviations (A/S, I/E, M/S), and a lone slash joins nothing.
    [Theory]
    [InlineData("Bowne Global Solutions Denmark A/S")]
    [InlineData("GOLDEN SUN I/E DALIAN CO., LTD.")]
    [InlineData("M/S WELFARE & DEVELOPMENT ORGANIZATION")]
    [InlineData("/")]
    [InlineData("Acme / ")]
    public void SlashAlternatives_NoTwoWords_GivesNone(string name)
    {
        Assert.Empty(NameVariants.SlashAlternatives(name));
    }
}
