using System.Text.RegularExpressions;

namespace PartnerScreening.Lists.Tests.Sources.JapanMofAssetFreeze;

// Alias cells of the real workbook wrap names in labels such as "(別称、X、Y)" and "(a.k.a.: (a)X (b)Y)".
public sealed partial class MofAliasSplittingTests(MofWorkbookFixture workbook) : IClassFixture<MofWorkbookFixture>
{
    [Fact]
    public void Parse_RealWorkbook_NoAliasIsBareMarker()
    {
        var markers = AllAliases().Where(alias => BareMarker().IsMatch(alias)).ToList();

        Assert.True(markers.Count == 0, $"{markers.Count} aliases are a bare marker, e.g. {string.Join(" | ", markers.Take(5))}");
    }

    [Fact]
    public void Parse_RealWorkbook_NoAliasStartsWithLabel()
    {
        var labelled = AllAliases().Where(alias => LeadingLabel().IsMatch(alias)).ToList();

        Assert.True(labelled.Count == 0, $"{labelled.Count} aliases keep a label, e.g. {string.Join(" | ", labelled.Take(5))}");
    }

    [Fact]
    public void Parse_RealWorkbook_NoAliasHasUnbalancedParentheses()
    {
        // Notes in some aliases enumerate with "a)" and "b)", which open no parenthesis.
        var unbalanced = AllAliases()
            .Select(alias => (Alias: alias, Parentheses: LetterEnumerator().Replace(alias, "")))
            .Where(pair => pair.Parentheses.Count(c => c == '(') != pair.Parentheses.Count(c => c == ')'))
            .Select(pair => pair.Alias)
            .ToList();

        Assert.True(unbalanced.Count == 0, $"{unbalanced.Count} aliases are fragments, e.g. {string.Join(" | ", unbalanced.Take(5))}");
    }

    [Theory]
    [InlineData("Valtex Science and Technology")]
    [InlineData("ヴァルテクス科学技術")]
    [InlineData("KNAAPO")]
    [InlineData("Komsomolsk-on-Amur Aircraft Production Association")]
    [InlineData("Najib Ullah")]
    [InlineData("Muslim Abu Abdurrahman")]
    [InlineData("Abu Abdurrahman the Moroccan")]
    [InlineData("Messbah Energy")]
    [InlineData("MEC")]
    [InlineData("アフメド・マハムド・ハッサン・アリヤニ(Ahmed Mahamud Hassan Aliyani)")]
    [InlineData("Al Qaïda au Maghreb islamique (AQMI)")]
    public void Parse_RealWorkbook_KnownAliasSplitOut(string alias)
    {
        Assert.Contains(alias, AllAliases());
    }

    private IEnumerable<string> AllAliases() =>
        workbook.Result.Parties.SelectMany(party => party.Aliases).Select(name => name.Value);

    [GeneratedRegex(@"^[(（]?\s*(?:別称|別名|旧称|a\.?k\.?a\.?|f\.?k\.?a\.?)\s*[:：、,]?\s*[)）]?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareMarker();

    [GeneratedRegex(@"(?<=^|[\s:])[a-z]\)")]
    private static partial Regex LetterEnumerator();

    [GeneratedRegex(@"^[(（]\s*(?:別称|別名|旧称|a\.?k\.?a\.?|f\.?k\.?a\.?)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingLabel();
}
