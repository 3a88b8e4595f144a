using System.Security.Cryptography;
using System.Text;
using PartnerScreening.Crawling.Lexicon;

namespace PartnerScreening.Web.Crawl;

/// <summary>An officer term as entered on the terms page, before validation.</summary>
public sealed record OfficerTermInput(
    string? Term, string? Language, string? Category, RelationType? RelationType, EvidenceStrength? Weight, string? FalsePositiveContexts, string? Note);

/// <summary>A validation failure on one field of the terms form, in Japanese and English.</summary>
public sealed record TermFormError(string Field, string MessageJa, string MessageEn);

/// <summary>
/// Checks officer terms entered in the UI and turns them into lexicon terms for <see cref="OfficerTermStore"/>, which the
/// next crawl merges with the shipped lexicon.
/// </summary>
public sealed class OfficerTermForm(LexiconProvider lexicon)
{
    /// <summary>The languages a term may be in, as BCP 47 tags the lexicon uses.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["ja", "zh-Hans", "zh-Hant", "ko", "ru", "en"];

    /// <summary>The Japanese and English name of each language in <see cref="Languages"/>.</summary>
    public static (string Ja, string En) LanguageName(string language) => language switch
    {
        "ja" => ("日本語", "Japanese"),
        "zh-Hans" => ("中国語（簡体字）", "Chinese (Simplified)"),
        "zh-Hant" => ("中国語（繁体字）", "Chinese (Traditional)"),
        "ko" => ("韓国語", "Korean"),
        "ru" => ("ロシア語", "Russian"),
        "en" => ("英語", "English"),
        _ => (language, language),
    };

    public const int MaxTermLength = 100;

    public const int MaxContexts = 30;

    /// <summary>Reads the shipped lexicon for display and for the category list.</summary>
    public Task<LexiconDocument> LoadShippedAsync(CancellationToken cancellationToken) =>
        LexiconProvider.LoadShippedAsync(lexicon.ShippedPath, cancellationToken);

    /// <summary>The categories of the shipped lexicon, the ones an officer term can take.</summary>
    public static IReadOnlyList<string> CategoriesOf(LexiconDocument shipped) =>
        [.. shipped.Terms.Select(t => t.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Validates <paramref name="input"/> and returns the term to store, or the errors naming each invalid field.</summary>
    public static (LexiconTerm? Term, IReadOnlyList<TermFormError> Errors) Validate(
        OfficerTermInput input, LexiconDocument shipped, IReadOnlyList<LexiconTerm> officerTerms)
    {
        var errors = new List<TermFormError>();
        var term = input.Term?.Trim() ?? "";
        if (term.Length == 0)
        {
            errors.Add(new("term", "用語を入力してください。", "Enter a term."));
        }
        else if (term.Length > MaxTermLength || term.Any(char.IsControl))
        {
            errors.Add(new("term", $"用語は改行を含まない {MaxTermLength} 文字以内で入力してください（{term.Length} 文字）。",
                $"The term must be at most {MaxTermLength} characters without line breaks (it has {term.Length})."));
        }

        var language = input.Language?.Trim() ?? "";
        if (!Languages.Contains(language, StringComparer.Ordinal))
        {
            errors.Add(new("language", $"言語「{language}」は選べません。{string.Join("、", Languages)} から選んでください。",
                $"Language '{language}' is not available; choose one of {string.Join(", ", Languages)}."));
        }

        var category = input.Category?.Trim() ?? "";
        if (!CategoriesOf(shipped).Contains(category, StringComparer.Ordinal))
        {
            errors.Add(new("category", $"分類「{category}」は語彙にありません。一覧から選んでください。", $"Category '{category}' is not in the lexicon; choose one from the list."));
        }

        if (input.RelationType is not { } relationType || !Enum.IsDefined(relationType))
        {
            errors.Add(new("relationType", "関係の類型を選んでください。", "Choose a relation type."));
        }

        if (input.Weight is not { } weight || !Enum.IsDefined(weight))
        {
            errors.Add(new("weight", "重み（強・中・弱）を選んでください。", "Choose a weight (strong, medium, weak)."));
        }

        var contexts = (input.FalsePositiveContexts ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (contexts.Count > MaxContexts || contexts.Any(c => c.Length > MaxTermLength))
        {
            errors.Add(new("falsePositiveContexts", $"誤検知となる文脈は 1 行に 1 つ、{MaxContexts} 行以内、各 {MaxTermLength} 文字以内で入力してください。",
                $"Enter at most {MaxContexts} false-positive contexts, one per line, each at most {MaxTermLength} characters."));
        }

        if (term.Length > 0 && contexts.Any(c => c.Equals(term, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new("falsePositiveContexts", "誤検知となる文脈に用語そのものは入れられません（すべての一致が除外されます）。",
                "A false-positive context cannot be the term itself, because it would set aside every match."));
        }

        if (errors.Count == 0 && FindSame(term, language, shipped.Terms.Concat(officerTerms)) is { } existing)
        {
            errors.Add(new("term", $"「{term}」（{language}）はすでに語彙にあります（ID {existing.Id}）。",
                $"'{term}' ({language}) is already in the lexicon (id {existing.Id})."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        return (new LexiconTerm
        {
            Id = IdOf(term, language),
            Term = term,
            Language = language,
            Category = category,
            RelationType = input.RelationType!.Value,
            Weight = input.Weight!.Value,
            FalsePositiveContexts = contexts,
            Note = note,
            Origin = "officer",
        }, []);
    }

    private static LexiconTerm? FindSame(string term, string language, IEnumerable<LexiconTerm> terms) =>
        terms.FirstOrDefault(t => t.Pattern is null && t.Language == language && t.Term.Equals(term, StringComparison.OrdinalIgnoreCase));

    // Terms are often CJK, so the id is the language and a short hash of the term rather than a slug of it.
    private static string IdOf(string term, string language) =>
        $"officer-{language.ToLowerInvariant()}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(term)))[..12]}";
}
