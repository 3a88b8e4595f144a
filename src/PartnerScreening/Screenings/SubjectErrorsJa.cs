namespace PartnerScreening.Screenings;

/// <summary>
/// Japanese wording of the <see cref="SubjectValidator"/> errors that a batch row can raise (name, country, kind), for
/// pages and result files that officers read. The API keeps the English messages.
/// </summary>
public static class SubjectErrorsJa
{
    /// <summary>
    /// Returns the Japanese sentence for one error of <paramref name="field"/>, chosen by the English message's wording.
    /// An error without a Japanese wording is returned in English.
    /// </summary>
    public static string Translate(string field, string message, string? value)
    {
        var trimmed = value?.Trim() ?? "";
        return (field, message) switch
        {
            ("subject.name", _) when message.Contains("is empty", StringComparison.Ordinal) =>
                "名称が空です。照会する名称を入力してください。",
            ("subject.name", _) when message.Contains("maximum is", StringComparison.Ordinal) =>
                $"名称が長すぎます（{trimmed.Length} 文字、上限 {SubjectValidator.MaxNameLength} 文字）。注記を除いた名称だけを入力してください。",
            ("subject.name", _) when message.Contains("control character", StringComparison.Ordinal) =>
                "名称に改行・タブなどの制御文字が含まれています。取り除いてください。",
            ("subject.name", _) when message.Contains("no letter or digit", StringComparison.Ordinal) =>
                $"名称「{trimmed}」には文字も数字もありません。照会する名称を入力してください。",
            ("subject.country", _) =>
                $"国「{trimmed}」は ISO 3166-1 alpha-2 の国コードではありません。JP、CN、US のような 2 文字で入力してください。",
            ("subject.kind", _) =>
                $"種別「{trimmed}」は不明です。organization（団体）、person（個人）、vessel（船舶）、aircraft（航空機）のいずれかにするか、空欄にしてください。",
            _ => message,
        };
    }
}
