namespace PartnerScreening.Lists.Sources.MetiEndUserList;

/// <summary>The raw cells of one End User List entry, as read from the Excel or the PDF edition.</summary>
/// <param name="Location">Where the entry sits in the file (sheet and row, or page), for messages.</param>
/// <param name="Number">The No. cell.</param>
/// <param name="Country">The country or region cell, Japanese and English on separate lines.</param>
/// <param name="Name">The company or organization cell.</param>
/// <param name="Aliases">The also-known-as cell.</param>
/// <param name="Wmd">The WMD category cell.</param>
/// <param name="ConventionalWeapons">The conventional-weapons cell; null when the edition has no such column.</param>
internal sealed record MetiRow(
    string Location,
    string Number,
    string Country,
    string Name,
    string Aliases,
    string Wmd,
    string? ConventionalWeapons);
