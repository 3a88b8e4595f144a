using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PartnerScreening.Domain.Lists;
using PartnerScreening.Domain.Screening;
using PartnerScreening.Matching.Screening;

namespace PartnerScreening.Screenings;

/// <summary>
/// Runs one screening: screens the name and each alias, merges the hit groups, decides clear, review or alert
/// from the configured thresholds, and stores the result in the audit trail before returning it.
/// </summary>
public sealed class ScreeningRunner(
    INameScreener screener,
    ScreeningStore store,
    ListStatusService listStatus,
    IOptions<ScreeningOptions> options,
    IOptions<MatchingOptions> matchingOptions,
    TimeProvider timeProvider,
    ILogger<ScreeningRunner> logger)
{
    /// <exception cref="IndexNotReadyException">No index has been built yet.</exception>
    public async Task<ScreeningResponse> RunAsync(
        ValidatedScreening screening, ScreeningRequest request, ScreeningActor actor, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var thresholds = matchingOptions.Value.Thresholds;
        var minScore = screening.Threshold ?? thresholds.Review;

        var (groups, index) = ScreenAllNames(screening, minScore, settings.MaxGroups);
        var topScore = groups.Count == 0 ? 0 : groups[0].Score;
        var decision = Decide(groups, thresholds);

        var response = new ScreeningResponse
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            CreatedAt = timeProvider.GetUtcNow(),
            Actor = actor,
            Subject = screening.ToSubject(),
            Decision = decision,
            TopScore = topScore,
            Thresholds = new ThresholdsResponse(thresholds.Review, thresholds.Alert, minScore),
            Groups = groups,
            IndexVersion = index.Id,
            IndexBuiltAt = index.BuiltAt,
            SnapshotIds = index.SnapshotIds,
            Warnings = await listStatus.GetWarningsAsync(cancellationToken),
        };

        await store.AddAsync(response, request, cancellationToken);
        ScreeningLog.Stored(logger, response.Id, decision, groups.Count, actor.Kind);
        return response;
    }

    /// <summary>
    /// Decides clear, review or alert. Only a hit from a legal list reaches alert. A hit from a reference-only list
    /// (us-dod-1260h, aspi-unitracker) makes the decision review at most, however high its score.
    /// </summary>
    internal static string Decide(IReadOnlyList<HitGroupResponse> groups, ScreeningThresholds thresholds)
    {
        var hits = groups.SelectMany(group => group.Hits).ToList();
        var legalTop = hits.Where(hit => !hit.ReferenceOnly).Select(hit => hit.Score).DefaultIfEmpty(0).Max();
        var anyTop = hits.Select(hit => hit.Score).DefaultIfEmpty(0).Max();
        if (legalTop >= thresholds.Alert)
        {
            return "alert";
        }

        return anyTop >= thresholds.Review ? "review" : "clear";
    }

    private (List<HitGroupResponse> Groups, IndexVersion Index) ScreenAllNames(
        ValidatedScreening screening, double minScore, int maxGroups)
    {
        var merged = new Dictionary<string, Dictionary<string, HitResponse>>(StringComparer.Ordinal);
        IndexVersion? index = null;
        foreach (var name in screening.Aliases.Prepend(screening.Name))
        {
            var result = screener.Screen(new ScreeningQuery
            {
                Name = name,
                Country = screening.Country,
                Kind = screening.Kind,
                Lists = screening.Lists,
                Top = maxGroups,
                MinScore = minScore,
            });
            index ??= result.Index;
            foreach (var hit in result.Groups.SelectMany(group => group.Hits))
            {
                var hits = merged.TryGetValue(hit.Group, out var existing) ? existing : merged[hit.Group] = [];
                var key = hit.Source + "\u001f" + hit.SourceEntityId;
                if (!hits.TryGetValue(key, out var kept) || kept.Score < hit.Score)
                {
                    hits[key] = ToResponse(hit, name);
                }
            }
        }

        var groups = merged
            .Select(pair =>
            {
                var hits = pair.Value.Values.OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Source, StringComparer.Ordinal).ToList();
                return new HitGroupResponse(pair.Key, hits[0].Score, hits);
            })
            .OrderByDescending(group => group.Score)
            .ThenBy(group => group.Group, StringComparer.Ordinal)
            .Take(maxGroups)
            .ToList();
        return (groups, index!);
    }

    private static HitResponse ToResponse(ScreeningHit hit, string queryName) => new()
    {
        Source = hit.Source,
        SourceEntityId = hit.SourceEntityId,
        SnapshotId = hit.SnapshotId,
        Name = hit.Name,
        MatchedName = hit.MatchedName,
        QueryName = queryName,
        ReferenceOnly = ListSourceIds.IsReferenceOnly(hit.Source),
        Score = Math.Round(hit.Score, 1),
        Explanation = new ExplanationResponse(
            hit.Explanation.SummaryJa,
            hit.Explanation.SummaryEn,
            hit.Explanation.Rules,
            hit.Explanation.Tokens
                .Select(token => new TokenResponse(token.QueryToken, token.ListedToken, token.Similarity, token.Weight, token.Method))
                .ToList()),
    };
}

/// <summary>Log messages of screening, event ids 7100–7199.</summary>
internal static partial class ScreeningLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Screening {ScreeningId} stored: decision {Decision}, {GroupCount} hit groups, by {ActorKind}")]
    public static partial void Stored(ILogger logger, string screeningId, string decision, int groupCount, string actorKind);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "Storing {RecordCount} screenings failed; the requests are answered with an error")]
    public static partial void WriteFailed(ILogger logger, int recordCount, Exception exception);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Screening refused because the name index is not ready")]
    public static partial void IndexNotReady(ILogger logger);
}
