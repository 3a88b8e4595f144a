using PartnerScreening.Matching.Index;

namespace PartnerScreening.Matching.Tests.Index;

public sealed class IndexDocumentsTests
{
    [Fact]
    public void DeletionTerms_Word_IsFollowedByEachOneLetterDeletion()
    {
        Assert.Equal(["putin", "utin", "ptin", "puin", "putn", "puti"], IndexDocuments.DeletionTerms("putin"));
    }

    // Two words one edit apart share a deletion term: a changed letter, an added one and two swapped letters.
    [Theory]
    [InlineData("harbin", "harbni")]
    [InlineData("harbin", "jarbin")]
    [InlineData("harbin", "harbiin")]
    [InlineData("harbin", "harbn")]
    public void DeletionTerms_WordsOneEditApart_ShareATerm(string listed, string query)
    {
        Assert.NotEmpty(IndexDocuments.DeletionTerms(listed).Intersect(IndexDocuments.DeletionTerms(query)));
    }

    // Two changed letters: no deletion on each side makes the words equal. (A deletion on each side can meet
    // across some two-edit pairs, harbin and hrbinx; the scorer decides those.)
    [Fact]
    public void DeletionTerms_WordsWithTwoChangedLetters_ShareNone()
    {
        Assert.Empty(IndexDocuments.DeletionTerms("harbin").Intersect(IndexDocuments.DeletionTerms("hxrbxn")));
    }
}
