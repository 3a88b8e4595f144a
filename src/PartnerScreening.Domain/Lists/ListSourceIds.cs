namespace PartnerScreening.Domain.Lists;

/// <summary>Stable ids of the list sources, used in snapshots, the index, the API and the UI.</summary>
public static class ListSourceIds
{
    public const string MetiEndUserList = "meti-eul";
    public const string JapanMofAssetFreeze = "jp-mof";
    public const string UsConsolidatedScreeningList = "us-csl";
    public const string OfacSdn = "ofac-sdn";
    public const string OfacConsolidated = "ofac-consolidated";
    public const string UnSecurityCouncil = "un-sc";
    public const string EuFinancialSanctions = "eu-fsf";
    public const string UkSanctionsList = "uk-sanctions";
    public const string UsDod1260H = "us-dod-1260h";
    public const string AspiUniTracker = "aspi-unitracker";

    public static IReadOnlyList<string> All { get; } =
    [
        MetiEndUserList, JapanMofAssetFreeze, UsConsolidatedScreeningList, OfacSdn, OfacConsolidated,
        UnSecurityCouncil, EuFinancialSanctions, UkSanctionsList, UsDod1260H, AspiUniTracker,
    ];

    /// <summary>Sources shown as reference data only, never as a legal list.</summary>
    public static bool IsReferenceOnly(string source) => source is UsDod1260H or AspiUniTracker;
}
