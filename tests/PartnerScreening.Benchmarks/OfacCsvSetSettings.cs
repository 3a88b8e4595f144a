namespace PartnerScreening.Benchmarks;

/// <summary>
/// Settings that name the files of OFAC's legacy CSV set: the ingest takes sdn.csv as the primary file and finds
/// the others, as companions, by these names in the same folder. The URLs are never fetched.
/// </summary>
internal static class OfacCsvSetSettings
{
    public static Dictionary<string, string?> Create() => new()
    {
        ["Lists:Sources:ofac-sdn:Enabled"] = "false",
        ["Lists:Sources:ofac-sdn:Downloads:0:Url"] = "https://example.invalid/SDN.CSV",
        ["Lists:Sources:ofac-sdn:Downloads:0:FileName"] = "sdn.csv",
        ["Lists:Sources:ofac-sdn:Downloads:1:Url"] = "https://example.invalid/ADD.CSV",
        ["Lists:Sources:ofac-sdn:Downloads:1:FileName"] = "add.csv",
        ["Lists:Sources:ofac-sdn:Downloads:2:Url"] = "https://example.invalid/ALT.CSV",
        ["Lists:Sources:ofac-sdn:Downloads:2:FileName"] = "alt.csv",
        ["Lists:Sources:ofac-sdn:Downloads:3:Url"] = "https://example.invalid/SDN_COMMENTS.CSV",
        ["Lists:Sources:ofac-sdn:Downloads:3:FileName"] = "sdn_comments.csv",
    };
}
