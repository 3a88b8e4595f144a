using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Registry;
using PartnerScreening.Domain.Rescreening;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Jobs.Rescreening;
using PartnerScreening.Storage.Registry;
using PartnerScreening.Storage.Rescreening;

namespace PartnerScreening.Registry;

/// <summary>
/// Screens one partner or researcher now, the same way the rescreening does (every name, the rescreening's
/// minimum score and hits per name, the best hit per listed party), and joins each hit with the decisions on it.
/// </summary>
public sealed class SubjectHitsService(
    RegistryStore registry,
    INameScreener screener,
    IListSnapshotStore snapshots,
    DecisionService decisions,
    IOptions<RescreenOptions> options)
{
    /// <summary>Screens a partner by each of its names as an organisation. Returns null when the partner does not exist.</summary>
    /// <exception cref="IndexNotReadyException">No name index has been built yet.</exception>
    public async Task<SubjectHits?> ScreenPartnerAsync(int partnerId, CancellationToken cancellationToken)
    {
        var partner = await registry.GetPartnerAsync(partnerId, cancellationToken);
        if (partner is null)
        {
            return null;
        }

        var names = partner.Names.Select(n => n.Value).Distinct(StringComparer.Ordinal).ToArray();
        var subject = new ScreeningSubject(SubjectKind.Partner, partner.Id, partner.PrimaryName, names, partner.Country, PartyKind.Organization);
        return await ScreenAsync(subject, cancellationToken);
    }

    /// <summary>
    /// Screens a researcher by name (and by the name in the original script) as a person. Returns null when the
    /// researcher does not exist. The home institution is screened as a partner of its own.
    /// </summary>
    /// <exception cref="IndexNotReadyException">No name index has been built yet.</exception>
    public async Task<SubjectHits?> ScreenResearcherAsync(int researcherId, CancellationToken cancellationToken)
    {
        var researcher = await registry.GetResearcherAsync(researcherId, cancellationToken);
        if (researcher is null)
        {
            return null;
        }

        var names = new[] { researcher.Name, researcher.NameOriginal }
            .OfType<string>()
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var subject = new ScreeningSubject(SubjectKind.Researcher, researcher.Id, researcher.Name, names, researcher.Nationality, PartyKind.Person);
        return await ScreenAsync(subject, cancellationToken);
    }

    private async Task<SubjectHits> ScreenAsync(ScreeningSubject subject, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var index = screener.CurrentVersion ?? throw new IndexNotReadyException();
        var found = SubjectScreening.ScreenNames(screener, subject, settings);

        var recorded = await decisions.ListAsync(subject.Kind, subject.Id, cancellationToken);
        var newestByParty = new Dictionary<string, DecisionEntity>(StringComparer.Ordinal);
        foreach (var decision in recorded)
        {
            // The list is newest first, so the first decision of a pair is the one that counts.
            newestByParty.TryAdd(decision.PartyKey, decision);
        }

        var best = new Dictionary<string, SubjectHit>(StringComparer.Ordinal);
        foreach (var (queryName, hit) in found)
        {
            var party = await snapshots.GetPartyAsync(hit.SnapshotId, hit.SourceEntityId, cancellationToken);
            if (party is null)
            {
                // The snapshot was superseded between the search and this lookup, so the hit waits for the next screening.
                continue;
            }

            var key = ListedPartyKey.For(party);
            if (best.TryGetValue(key, out var existing) && existing.Hit.Score >= hit.Score)
            {
                continue;
            }

            best[key] = Join(queryName, hit, key, party, newestByParty.GetValueOrDefault(key));
        }

        var hits = best.Values.OrderByDescending(h => h.Hit.Score).ThenBy(h => h.Hit.Name, StringComparer.Ordinal).ToArray();
        return new SubjectHits(subject.Kind, subject.Id, subject.DisplayName, hits, recorded, index.Id);
    }

    private static SubjectHit Join(string queryName, ScreeningHit hit, string key, ListedParty party, DecisionEntity? decision)
    {
        var content = ListedPartyContent.From(party);
        var inForce = decision is not null && decision.Fingerprint == content.Fingerprint();
        IReadOnlyList<string> changes = [];
        if (decision is not null && !inForce)
        {
            var before = ListedPartyContent.FromJson(decision.ContentJson);
            changes = before is null ? ["content changed (the earlier content was not stored)"] : content.DescribeChanges(before);
            changes = changes.Count > 0 ? changes : ["content changed"];
        }

        return new SubjectHit
        {
            QueryName = queryName,
            Hit = hit,
            PartyKey = key,
            Decision = decision,
            DecisionInForce = inForce,
            ChangesSinceDecision = changes,
        };
    }
}
