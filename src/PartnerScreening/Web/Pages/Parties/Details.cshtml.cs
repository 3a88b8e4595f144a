using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PartnerScreening.Domain.Lists;

namespace PartnerScreening.Web.Pages.Parties;

/// <summary>A listed party as the list gives it, in the snapshot a hit came from.</summary>
public sealed class PartyDetailsModel(IListSnapshotStore store, IStringLocalizer localizer) : PageModel
{
    private static readonly Dictionary<string, string> WmdKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["B"] = "Wmd.B",
        ["C"] = "Wmd.C",
        ["M"] = "Wmd.M",
        ["N"] = "Wmd.N",
        ["CW"] = "Wmd.CW",
    };

    public ListedParty? Party { get; private set; }

    public ListSnapshot? Snapshot { get; private set; }

    /// <summary>METI weapons-of-mass-destruction categories with their labels, e.g. 生物 (B).</summary>
    public IReadOnlyList<string> WmdCategories { get; private set; } = [];

    public IReadOnlyList<string> OtherPrograms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? snapshot, string? id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(snapshot) || string.IsNullOrEmpty(id))
        {
            return NotFound();
        }

        Party = await store.GetPartyAsync(snapshot, id, cancellationToken);
        if (Party is null)
        {
            return NotFound();
        }

        var history = await store.GetHistoryAsync(Party.Source, cancellationToken);
        Snapshot = history.FirstOrDefault(item => item.Id == snapshot);

        var isMeti = Party.Source == ListSourceIds.MetiEndUserList;
        WmdCategories = isMeti
            ? Party.Programs.Where(WmdKeys.ContainsKey).Select(code => $"{localizer[WmdKeys[code]]} ({code.ToUpperInvariant()})").ToList()
            : [];
        OtherPrograms = isMeti ? Party.Programs.Where(code => !WmdKeys.ContainsKey(code)).ToList() : Party.Programs;
        return Page();
    }
}
