using PartnerScreening.Lists.Text;
using Xunit;

namespace PartnerScreening.Lists.Tests.Text;

public sealed class ScriptDetectorTests
{
    [Theory]
    [InlineData("Harbin Institute of Technology", "Latn")]
    [InlineData("哈爾浜工業大学", "Hani")]
    [InlineData("丹东富地贸易有限公司", "Hans")]
    [InlineData("億電國際香港有限公司", "Hant")]
    [InlineData("平壌ゴム工場", "Jpan")]
    [InlineData("コリア・マイニング", "Jpan")]
    [InlineData("조선광업개발무역회사", "Hang")]
    [InlineData("朝鮮광업", "Kore")]
    [InlineData("АО Рособоронэкспорт", "Cyrl")]
    [InlineData("أيمن محمد ربيع الظواهري", "Arab")]
    [InlineData("221", null)]
    public void Detect_Name_ReturnsIso15924Code(string text, string? expected)
    {
        Assert.Equal(expected, ScriptDetector.Detect(text));
    }

    [Theory]
    [InlineData("Korea Mining (KOMID)", false)]
    [InlineData("Société Générale", false)]
    [InlineData("(朝鮮鉱業開発貿易会社)", true)]
    [InlineData("Рособоронэкспорт", true)]
    public void HasNonLatinLetter_Text_DetectsOtherScripts(string text, bool expected)
    {
        Assert.Equal(expected, ScriptDetector.HasNonLatinLetter(text));
    }
}
