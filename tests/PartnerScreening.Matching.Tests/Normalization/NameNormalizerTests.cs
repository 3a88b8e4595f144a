using PartnerScreening.Matching.Normalization;

namespace PartnerScreening.Matching.Tests.Normalization;

// Each row is one normalisation rule applied to one script; the expected values are the folded forms the
// index and the scorer compare.
public sealed class NameNormalizerTests
{
    private static readonly NameNormalizer Normalizer = NameNormalizer.Shared;

    [Theory]
    [InlineData("Harbin Institute", "harbin institute")]
    [InlineData("ＢＥＩＨＡＮＧ　ＵＮＩＶ．", "beihang university")]
    [InlineData("Ğüneş Straße", "gunes strasse")]
    [InlineData("Amir Al Mo'menin Industries", "amir al momenin industries")]
    [InlineData("Université Quisqueya", "universite quisqueya")]
    [InlineData("ISTANBUL İZMİR", "istanbul izmir")]
    [InlineData("Бейханский университет", "beykhanskiy universitet")]
    [InlineData("김정은", "gimjeongeun")]
    public void Normalize_LatinAndOtherAlphabets_FoldsToAsciiWords(string name, string expected)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Equal(expected, string.Join(' ', normalized.Tokens.Select(token => token.Text)));
    }

    [Theory]
    [InlineData("清華大學", "清华大学")]
    [InlineData("清华大学", "清华大学")]
    [InlineData("清華大学", "清华大学")]
    [InlineData("哈爾浜工業大学", "哈尔滨工业大学")]
    [InlineData("朝鮮鉱業開発貿易会社", "朝鲜矿业开发贸易")]
    [InlineData("朝鮮鑛業開發貿易會社", "朝鲜矿业开发贸易")]
    [InlineData("中國航天科工集團公司第三硏究院", "中国航天科工集团第三研究院")]
    [InlineData("大沢広図発鉄", "大泽广图发铁")]
    [InlineData("ハルビン", "はるびん")]
    [InlineData("ﾊﾙﾋﾞﾝ", "はるびん")]
    [InlineData("株式会社サンプル", "さんぷる")]
    [InlineData("㈱サンプル", "さんぷる")]
    public void Normalize_HanAndKana_FoldsToOneVariant(string name, string expected)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Equal(expected, normalized.Cjk);
    }

    [Theory]
    [InlineData("Huawei Technologies Co., Ltd.", "co", "ltd")]
    [InlineData("Siemens GmbH", "gmbh")]
    [InlineData("LUKOIL OIL COMP", "company")]
    [InlineData("OOO Rosoboronexport", "ooo")]
    [InlineData("ООО Рособоронэкспорт", "ooo")]
    [InlineData("Toyota Kabushiki Kaisha", "kabushiki", "kaisha")]
    [InlineData("Acme Limited Liability Company", "limited", "liability", "company")]
    [InlineData("Tactical Missiles Corporation JSC", "corporation", "jsc")]
    [InlineData("Societatea cu Răspundere Limitată PRO TRAFFIC", "societatea", "cu", "raspundere", "limitata")]
    [InlineData("Товариство з обмеженою відповідальністю Мотор", "tovaristvo", "z", "obmezhenoyu", "vidpovidalnistyu")]
    [InlineData("Aselsan Elektronik Sanayi ve Ticaret Anonim Şirketi", "anonim", "sirketi")]
    [InlineData("Thales Société Anonyme", "societe", "anonyme")]
    public void Normalize_LegalForms_AreMarked(string name, params string[] legalForms)
    {
        var normalized = Normalizer.Normalize(name);

        var marked = normalized.Tokens.Where(token => token.Role == TokenRole.LegalForm).Select(token => token.Text);
        Assert.Equal(legalForms, marked);
        Assert.True(normalized.Rules.HasFlag(NormalizationRules.LegalFormIgnored));
    }

    // The kind of legal entity a form makes; a form any company uses (Ltd., Inc., 有限公司) makes a company.
    [Theory]
    [InlineData("Deutsche Bank AG", "stock")]
    [InlineData("Deutsche Bank GmbH", "limited-liability")]
    [InlineData("ООО Рособоронэкспорт", "limited-liability")]
    [InlineData("OAO Gazprom", "stock")]
    [InlineData("Bowne of Dallas, L.P.", "partnership")]
    [InlineData("ANO Iskusstvo Krasoty", "non-profit")]
    [InlineData("Green Car Rent Limited Partnership", "partnership")]
    [InlineData("Acme ApS", "limited-liability")]
    [InlineData("ТОВ Мотор", "limited-liability")]
    [InlineData("株式会社日立製作所", "stock")]
    [InlineData("(株)日立製作所", "stock")]
    [InlineData("合同会社テスト", "limited-liability")]
    [InlineData("Huawei Technologies Co., Ltd.", "company")]
    [InlineData("华为技术有限公司", "company")]
    [InlineData("Apple Inc.", "company")]
    [InlineData("Federal State Unitary Enterprise Rosoboronexport")]
    [InlineData("Harbin Institute of Technology")]
    public void Normalize_LegalForms_RecordTheirKind(string name, params string[] kinds)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Equal(kinds, normalized.LegalFormKinds);
    }

    // Country names, of one to three words, are marked wherever they stand.
    [Theory]
    [InlineData("Banco Santander Chile S.A.", "chile")]
    [InlineData("Banco Santander México S.A.", "mexico")]
    [InlineData("Huawei Technologies Saudi Arabia", "saudi", "arabia")]
    [InlineData("Bank of China (Hong Kong) Limited", "china", "hong", "kong")]
    [InlineData("Harbin Institute of Technology")]
    public void Normalize_CountryNames_AreMarked(string name, params string[] countryWords)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Equal(countryWords, normalized.Tokens.Where(token => token.IsCountry).Select(token => token.Text));
    }

    // Abd al-, Abdel, Abdoul and Abdul begin one Arabic name and are written one way.
    [Theory]
    [InlineData("'Abd al-Aziz al-Nuristani", "abdul", "aziz")]
    [InlineData("Abd el Kader", "abdul", "kader")]
    [InlineData("Abdel Fattah el-Sisi", "abdul", "fattah")]
    [InlineData("Abdoul Karim", "abdul", "karim")]
    [InlineData("Abd ar-Rahman", "abdul", "rahman")]
    public void Normalize_AbdNames_AreWrittenAsAbdul(string name, string first, string second)
    {
        var normalized = Normalizer.Normalize(name);

        var words = normalized.Tokens.Where(token => token.Role == TokenRole.Word).Select(token => token.Text).ToList();
        Assert.Equal(first, words[0]);
        Assert.Equal(second, words[1]);
    }

    [Theory]
    [InlineData("华为技术有限公司", "华为技术")]
    [InlineData("股份有限公司中兴", "中兴")]
    [InlineData("株式会社日立製作所", "日立制作所")]
    [InlineData("(株)日立製作所", "日立制作所")]
    public void Normalize_CjkLegalForms_AreRemoved(string name, string expected)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Equal(expected, normalized.Cjk);
        Assert.True(normalized.Rules.HasFlag(NormalizationRules.LegalFormIgnored));
    }

    [Theory]
    [InlineData("Beihang Univ.", "university")]
    [InlineData("Rahab Eng. Inst.", "engineering", "institute")]
    [InlineData("Natl. Acad. of Sciences", "national", "academy")]
    [InlineData("CNOOC Energy Tech & Srvces", "technology", "services")]
    [InlineData("Guangzhou Haige Comm Grp", "communication", "group")]
    [InlineData("Ace Intl", "international")]
    public void Normalize_Abbreviations_AreExpanded(string name, params string[] expansions)
    {
        var normalized = Normalizer.Normalize(name);

        foreach (var expansion in expansions)
        {
            Assert.Contains(normalized.Tokens, token => token.Text == expansion);
        }

        Assert.True(normalized.Rules.HasFlag(NormalizationRules.AbbreviationExpanded));
    }

    [Theory]
    [InlineData("Tsinghua University", "university", "university")]
    [InlineData("Московский университет", "universitet", "university")]
    [InlineData("Harbin Institute", "institute", "institute")]
    [InlineData("Beihang Technology", "technology", "technology")]
    public void Normalize_GenericWords_CarryTheirConcept(string name, string word, string concept)
    {
        var normalized = Normalizer.Normalize(name);

        var token = Assert.Single(normalized.Tokens, token => token.Text == word);
        Assert.Equal(TokenRole.Generic, token.Role);
        Assert.Equal(concept, token.Concept);
    }

    [Theory]
    [InlineData("哈尔滨工业大学", new[] { false, false, false, true, true, true, true })]
    [InlineData("北京大學", new[] { false, false, true, true })]
    public void Normalize_CjkGenericWords_AreMarkedPerCharacter(string name, bool[] expected)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Equal(expected, normalized.CjkGeneric);
    }

    [Theory]
    [InlineData("Harbin Institute of Technology (HIT)", "hit")]
    [InlineData("Korea Mining Development Trading Corporation (KOMID)", "komid")]
    [InlineData("China Electronics Technology Group Corporation 28th Research Institute (CETC 28)", "cetc28")]
    [InlineData("Beijing University of Aeronautics and Astronautics", "buaa")]
    public void Normalize_Acronyms_AreCollected(string name, string acronym)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Contains(acronym, normalized.Acronyms);
    }

    [Theory]
    [InlineData("CETC 28th Research Institute", "28")]
    [InlineData("Ninth Academy", "9")]
    [InlineData("No. 35 Research Institute", "35")]
    [InlineData("中国电子科技集团公司第二十八研究所", "28")]
    [InlineData("七七一研究所", "771")]
    public void Normalize_Numbers_AreReadAsDecimals(string name, string number)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Contains(number, normalized.Numbers);
    }

    [Theory]
    [InlineData("清华大学", "qing hua da xue")]
    [InlineData("哈尔滨", "ha er bin")]
    public void Normalize_Han_IsRomanisedBySyllable(string name, string expected)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Equal(expected, string.Join(' ', normalized.Syllables));
    }

    // One token a word: generic words keep their concept, other words join their syllables.
    [Theory]
    [InlineData("四川大学", "sichuan daxue:university")]
    [InlineData("華為技術有限公司", "huawei jishu:technology")]
    [InlineData("哈尔滨工业大学", "haerbin gongye:industry daxue:university")]
    [InlineData("ハルビン工業大学", "harubin gongye:industry daxue:university")]
    public void Normalize_HanAndKanaWords_AreRomanisedOneTokenAWord(string name, string expected)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Equal(expected, string.Join(' ', normalized.RomanisedTokens.Select(token => token.Concept is null ? token.Text : $"{token.Text}:{token.Concept}")));
    }

    [Theory]
    [InlineData("University of the Sciences", "of", "the")]
    [InlineData("Institut de Physique", "de")]
    public void Normalize_StopWords_AreMarked(string name, params string[] stopWords)
    {
        var normalized = Normalizer.Normalize(name);

        Assert.Equal(stopWords, normalized.Tokens.Where(token => token.Role == TokenRole.Stop).Select(token => token.Text));
    }
}
