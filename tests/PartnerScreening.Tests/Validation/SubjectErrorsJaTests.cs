using PartnerScreening.Screenings;

namespace PartnerScreening.Tests.Validation;

// Each batch-row error of the validator has Japanese wording that names the value.
public sealed class SubjectErrorsJaTests
{
    [Theory]
    [InlineData("", null, null, "subject.name", "名称が空です。")]
    [InlineData("()-.", null, null, "subject.name", "名称「()-.」には文字も数字もありません。")]
    [InlineData("Harbin\tInstitute", null, null, "subject.name", "制御文字")]
    [InlineData("Harbin", "Japan", null, "subject.country", "国「Japan」は ISO 3166-1 alpha-2 の国コードではありません。")]
    [InlineData("Harbin", null, "company", "subject.kind", "種別「company」は不明です。")]
    public void Translate_ValidatorError_ReturnsJapanese(string name, string? country, string? kind, string field, string expected)
    {
        var request = new ScreeningRequest { Subject = new SubjectRequest { Name = name, Country = country, Kind = kind } };
        Assert.False(SubjectValidator.TryValidate(request, out _, out var errors));
        var value = field switch { "subject.country" => country, "subject.kind" => kind, _ => name };

        var japanese = SubjectErrorsJa.Translate(field, errors[field][0], value);

        Assert.Contains(expected, japanese, StringComparison.Ordinal);
        Assert.DoesNotContain(field, japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_LongName_StatesLengthAndMaximum()
    {
        var name = new string('a', 501);
        var request = new ScreeningRequest { Subject = new SubjectRequest { Name = name } };
        Assert.False(SubjectValidator.TryValidate(request, out _, out var errors));

        var japanese = SubjectErrorsJa.Translate("subject.name", errors["subject.name"][0], name);

        Assert.Contains("501 文字、上限 500 文字", japanese, StringComparison.Ordinal);
    }
}
