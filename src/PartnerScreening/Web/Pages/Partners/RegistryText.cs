using PartnerScreening.Web.Localization;

namespace PartnerScreening.Web.Pages.Partners;

/// <summary>
/// Picks the Japanese or English text of the registry, rescreening and alert pages by the UI language. These
/// pages keep their texts beside the markup, so they need no entries in the shared UI text files.
/// </summary>
public static class RegistryText
{
    public static string T(string japanese, string english) => LocalizationSetup.IsJapanese ? japanese : english;
}
