using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace PartnerScreening.Web.Localization;

/// <summary>
/// UI texts from one flat JSON file per language (<c>ja.json</c>, <c>en.json</c>), embedded in the assembly.
/// Japanese is the default; a key missing in the current language falls back to Japanese, then to the key itself.
/// </summary>
public sealed class JsonStringLocalizer : IStringLocalizer
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _texts;

    public JsonStringLocalizer()
    {
        _texts = UiCultures.Supported.ToFrozenDictionary(culture => culture, Load);
    }

    public LocalizedString this[string name]
    {
        get
        {
            var found = TryFind(name, out var value);
            return new LocalizedString(name, value, resourceNotFound: !found);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var found = TryFind(name, out var format);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format, arguments), resourceNotFound: !found);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Current().Select(pair => new LocalizedString(pair.Key, pair.Value));

    private bool TryFind(string name, out string value)
    {
        if (Current().TryGetValue(name, out var text) || _texts[UiCultures.Default].TryGetValue(name, out text))
        {
            value = text;
            return true;
        }

        value = name;
        return false;
    }

    private FrozenDictionary<string, string> Current() =>
        _texts.TryGetValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var texts) ? texts : _texts[UiCultures.Default];

    private static FrozenDictionary<string, string> Load(string culture)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = $"PartnerScreening.Web.Localization.{culture}.json";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The UI text resource '{resource}' is missing from the assembly.");
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"The UI text resource '{resource}' is empty.");
        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>Hands the one JSON localizer to every <c>IStringLocalizer&lt;T&gt;</c>: the UI texts are shared.</summary>
public sealed class JsonStringLocalizerFactory(JsonStringLocalizer localizer) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => localizer;

    public IStringLocalizer Create(string baseName, string location) => localizer;
}

/// <summary>The UI languages: Japanese (default) and English.</summary>
public static class UiCultures
{
    public const string Default = "ja";

    public static IReadOnlyList<string> Supported { get; } = ["ja", "en"];
}
