using PartnerScreening.Matching.Index;
using PartnerScreening.Matching.Normalization;
using PartnerScreening.Matching.Screening;

namespace PartnerScreening.Matching.Tests.Scoring;

// Scores without an index, so every word weighs the same and only the token roles (generic, legal form,
// number) set the weights. The thresholds refer to the default review threshold of 70.
public sealed class NameComparerTests
{
    private const double Review = 70;

    private static readonly NameComparer Comparer = new(NameNormalizer.Shared, new NameIndexHolder(TimeProvider.System));

    [Theory]
    [InlineData("Harbin Institute of Technology", "Harbin Institute of Technology")]
    [InlineData("harbin institute of technology", "Harbin Institute of Technology (HIT)")]
    [InlineData("Technology Harbin Institute of", "Harbin Institute of Technology")]
    [InlineData("Harbin Inst. of Tech.", "Harbin Institute of Technology")]
    [InlineData("Harbni Institute of Technology", "Harbin Institute of Technology")]
    [InlineData("Huawei Technologies", "Huawei Technologies Co., Ltd.")]
    [InlineData("LUKOIL OIL COMP", "Lukoil Oil Company")]
    [InlineData("清華大學", "清华大学")]
    [InlineData("國防科學技術大學", "国防科学技术大学")]
    [InlineData("西工大", "西北工业大学")]
    [InlineData("国防科技大学", "国防科学技術大学")]
    [InlineData("Qinghua Daxue", "清华大学")]
    [InlineData("Sichuan Daxue", "Sichuan University")]
    [InlineData("Rosoboroneksport", "Рособоронэкспорт")]
    [InlineData("ハルビン工業大学", "哈爾浜工業大学")]
    [InlineData("HIT", "Harbin Institute of Technology (HIT)")]
    [InlineData("China Aerospace Science and Technology Corporation Ninth Academy", "China Aerospace Science and Technology Corporation 9th Academy")]
    public void Compare_SameEntity_ReachesReview(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.True(comparison.Score >= Review, $"{query} ~ {listed}: {comparison.Score} ({comparison.Explanation.SummaryEn})");
    }

    [Theory]
    [InlineData("Himeji Institute of Technology", "Harbin Institute of Technology")]
    [InlineData("University of Technology", "Harbin Institute of Technology")]
    [InlineData("工业大学", "哈尔滨工业大学")]
    [InlineData("北京大学", "北京航空航天大学")]
    [InlineData("ペキン大学", "北京航空航天大学")]
    [InlineData("BELLETECH CORP", "11420 CORP.")]
    [InlineData("Shiga University", "Shiba")]
    [InlineData("株式会社", "株式会社 KBM")]
    [InlineData("Joint Stock Company", "JSC KBM")]
    [InlineData("華", "HUA")]
    public void Compare_DifferentEntities_StaysBelowReview(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.True(comparison.Score < Review, $"{query} ~ {listed}: {comparison.Score} ({comparison.Explanation.SummaryEn})");
    }

    // Another university of the same city: shown for review, but below the alert threshold (85).
    [Theory]
    [InlineData("東京大学", "東京工業大学")]
    [InlineData("哈尔滨工业大学", "哈尔滨工程大学")]
    [InlineData("北京大学", "北京科技大学")]
    public void Compare_CjkNamesDifferingInGenericCharacters_StaysBelowAlert(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.True(comparison.Score < 85, $"{query} ~ {listed}: {comparison.Score}");
    }

    // Another member of a numbered series: shown for review as a sibling, never an alert, with the reason named.
    [Theory]
    [InlineData("CETC 28th Research Institute", "CETC 29th Research Institute")]
    [InlineData("Carlyle Partners VII L.P.", "Carlyle Partners VIII L.P.")]
    [InlineData("Snow Storm 1", "Snow Storm 2")]
    public void Compare_NumbersDiffer_StaysBelowAlertAndSaysSo(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.True(comparison.Score < 85, $"{query} ~ {listed}: {comparison.Score}");
        Assert.Contains("numbers-differ", comparison.Explanation.Rules);
        Assert.Contains("数字が不一致", comparison.Explanation.SummaryJa);
    }

    // Forms of two kinds of legal entity and a word that differs: another entity, with the reason named.
    [Theory]
    [InlineData("Bowne Litigation Solutions, L.P.", "Bowne Solutions, L.L.C.")]
    [InlineData("Iskusstvo Krasoty Centre ANO", "Limited Liability Company Iskusstvo Krasoty")]
    [InlineData("Bowne Business Solutions, L.P.", "Bowne Business Enterprises, Inc.")]
    public void Compare_LegalFormsOfDifferentKindsAndAWord_SaysSo(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.Contains("legal-forms-differ", comparison.Explanation.Rules);
        Assert.Contains("法人形態の種類が異なる", comparison.Explanation.SummaryJa);
    }

    // A company that changed its legal form keeps its name (ZAO to AO, OOO to AO): the form alone does not lower it.
    [Theory]
    [InlineData("Rosoboronexport LLC", "JSC Rosoboronexport")]
    [InlineData("Deutsche Bank AG", "Deutsche Bank GmbH")]
    [InlineData("Green Car Rent L.P.", "Green Car Rent Limited Partnership")]
    public void Compare_OnlyLegalFormDiffers_ReachesAlert(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.DoesNotContain("legal-forms-differ", comparison.Explanation.Rules);
        Assert.True(comparison.Score >= 85, $"{query} ~ {listed}: {comparison.Score}");
    }

    // One kind written two ways, or a form any company uses: no conflict.
    [Theory]
    [InlineData("Gazprom Neft JSC", "Gazprom Neft OAO")]
    [InlineData("Tactical Missiles Corporation JSC", "Tactical Missiles Corp.")]
    [InlineData("OOO Oboronnye Initsiativy", "Oboronnye Initsiativy LLC")]
    [InlineData("Huawei Technologies Ltd", "Huawei Technologies GmbH")]
    public void Compare_LegalFormsOfOneKindOrNone_DoNotConflict(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.DoesNotContain("legal-forms-differ", comparison.Explanation.Rules);
        Assert.True(comparison.Score >= 85, $"{query} ~ {listed}: {comparison.Score}");
    }

    // The listed entity is a national subsidiary or branch of the one the query names: lowered, with the reason.
    [Fact]
    public void Compare_CountryInListedNameOnly_SaysSoAndScoresLower()
    {
        var comparison = Comparer.Compare("Banco Santander S.A.", "Banco Santander Chile S.A.");
        var parent = Comparer.Compare("Banco Santander S.A.", "Banco Santander S.A.");

        Assert.Contains("country-qualifier", comparison.Explanation.Rules);
        Assert.Contains("国名", comparison.Explanation.SummaryJa);
        Assert.True(comparison.Score < parent.Score * 0.9, $"{comparison.Score} against {parent.Score}");
    }

    // A country at the start of a name is part of it, not a branch's qualifier.
    [Theory]
    [InlineData("Shipbuilding Industry Corporation", "China Shipbuilding Industry Company Limited")]
    [InlineData("Islamic Jihad", "Palestinian Islamic Jihad")]
    public void Compare_CountryAtStartOfListedName_IsNotAQualifier(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.DoesNotContain("country-qualifier", comparison.Explanation.Rules);
    }

    // A partner named like a listed entity and a country may be its branch or affiliate: not lowered for the country.
    [Fact]
    public void Compare_CountryInQueryOnly_IsNotLowered()
    {
        var comparison = Comparer.Compare("Banco Santander Chile S.A.", "Banco Santander S.A.");

        Assert.DoesNotContain("country-qualifier", comparison.Explanation.Rules);
        Assert.True(comparison.Score >= Review, comparison.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // People: middle names in another order, a character of a Han name and a syllable of a Hangul name. Words of
    // three letters or fewer must be equal (Yon is not Yoon, Han is not Hans).
    [Theory]
    [InlineData("Reinaldo Gregorio Lenin Cerna Juarez", "Reinaldo Lenin Gregorio Cerna Juarez", true)]
    [InlineData("'Abd al-Aziz al-Nuristani", "Abdul Aziz Nooristani", true)]
    [InlineData("高石早苗", "高市早苗", false)]
    [InlineData("김종은", "김정은", false)]
    [InlineData("김 정은", "김정은", true)]
    [InlineData("Yon Chol", "Yoon Chol", false)]
    [InlineData("Han Wei", "Hans Wei", false)]
    [InlineData("Jone Smith", "Jon Smith", false)]
    [InlineData("Ahmed bin Ali bin Salem Hamad", "Ahmed bin Salem bin Ali Hamad", false)]
    public void Compare_PersonNameVariants_MatchOrNot(string query, string listed, bool expected)
    {
        var comparison = Comparer.Compare(query, listed, Domain.Lists.PartyKind.Person);

        Assert.True((comparison.Score >= Review) == expected, $"{query} ~ {listed}: {comparison.Score} ({comparison.Explanation.SummaryEn})");
    }

    // The same four names in another order: in an Arabic name that is another father and grandfather, so it shows
    // for review but never as an alert.
    [Fact]
    public void Compare_ArabicMiddleNamesReordered_StaysBelowAlert()
    {
        var comparison = Comparer.Compare("Mohammed Ali Hassan Ahmed", "Mohammed Hassan Ali Ahmed", Domain.Lists.PartyKind.Person);

        Assert.InRange(comparison.Score, Review, 84.9);
        Assert.Contains("middle-names-reordered", comparison.Explanation.Rules);
    }

    // A slash between two words offers either word in that place.
    [Theory]
    [InlineData("Lord's Resistance Army", "LORD'S RESISTANCE MOVEMENT/ARMY")]
    [InlineData("China Precision Machinery Export Corporation", "CHINA PRECISION MACHINERY IMPORT/EXPORT CORPORATION")]
    public void Compare_SlashAlternatives_MatchEitherWord(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.True(comparison.Score >= 85, $"{query} ~ {listed}: {comparison.Score} ({comparison.Explanation.SummaryEn})");
    }

    [Theory]
    [InlineData("Bowne Global Solutions", "Bowne Global Solutions II")]
    [InlineData("Management Company", "Management Company 23")]
    [InlineData("Chen Dong Hua", "Chen Dong")]
    public void Compare_ExtraNumberOrSyllable_IsNotReadAsSpacing(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.DoesNotContain("spacing-ignored", comparison.Explanation.Rules);
    }

    // Written as one word or as several: the particles between the words belong to the joined spelling.
    [Theory]
    [InlineData("vanderbilt corp", "van der bilt corp")]
    [InlineData("SiemensAG", "Siemens AG")]
    [InlineData("Goodwill Company", "Good Will Company")]
    public void Compare_SameNameWithOtherSpacing_MatchesByJoinedSpelling(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.True(comparison.Score >= Review, $"{query} ~ {listed}: {comparison.Score} ({comparison.Explanation.SummaryEn})");
    }

    // Joined keys that differ in more than one letter are two names, however long the part they share.
    [Theory]
    [InlineData("مسعود پزشک‌فر", "مسعود پزشکیان")]
    [InlineData("Mohammadhasnifar", "Mohammad Hasni")]
    public void Compare_JoinedKeysDifferingInTwoLetters_IsNotReadAsSpacing(string query, string listed)
    {
        var comparison = Comparer.Compare(query, listed);

        Assert.DoesNotContain("spacing-ignored", comparison.Explanation.Rules);
    }

    [Fact]
    public void Compare_AcronymOfInitialsOnly_RanksBelowStatedAcronym()
    {
        var stated = Comparer.Compare("HIT", "Harbin Institute of Technology (HIT)");
        var initials = Comparer.Compare("HIT", "Hongbo Industrial Technology");

        Assert.Contains("acronym", stated.Explanation.Rules);
        Assert.Contains("acronym-of-initials", initials.Explanation.Rules);
        Assert.True(initials.Score >= Review, $"{initials.Score}");
        Assert.True(initials.Score < stated.Score, $"{initials.Score} against {stated.Score}");
    }

    [Fact]
    public void Compare_TraditionalQuery_ExplainsFoldingInBothLanguages()
    {
        var comparison = Comparer.Compare("清華大學", "清华大学");

        Assert.Contains("traditional-to-simplified", comparison.Explanation.Rules);
        Assert.Contains("繁体字を簡体字に統一", comparison.Explanation.SummaryJa);
        Assert.Contains("traditional Chinese folded to simplified", comparison.Explanation.SummaryEn);
    }

    [Fact]
    public void Compare_LegalFormDiffers_ReportsItIgnored()
    {
        var comparison = Comparer.Compare("Huawei Technologies Ltd", "Huawei Technologies GmbH");

        Assert.Contains("legal-form-ignored", comparison.Explanation.Rules);
        Assert.True(comparison.Score >= 95, comparison.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Compare_AlignedTokens_AreListedWithSimilarityAndWeight()
    {
        var comparison = Comparer.Compare("Harbni Institute", "Harbin Institute");

        var harbin = Assert.Single(comparison.Explanation.Tokens, token => token.QueryToken == "harbni");
        Assert.Equal("harbin", harbin.ListedToken);
        Assert.Equal("fuzzy", harbin.Method);
        Assert.InRange(harbin.Similarity, 0.5, 0.99);
        Assert.True(harbin.Weight > 0);
    }
}
