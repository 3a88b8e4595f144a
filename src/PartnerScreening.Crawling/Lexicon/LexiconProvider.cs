using System.Text.Json;

namespace PartnerScreening.Crawling.Lexicon;

/// <summary>
/// Loads the shipped lexicon (<c>data/lexicon/military-links.json</c>) and merges the officer-added terms into it;
/// an officer term with the id of a shipped term replaces it.
/// </summary>
public sealed class LexiconProvider(OfficerTermStore officerTerms, string? shippedPath = null)
{
    /// <summary>The lexicon shipped beside the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "lexicon", "military-links.json");

    public string ShippedPath { get; } = shippedPath ?? DefaultPath;

    /// <summary>Builds a matcher from the current shipped and officer terms.</summary>
    public async Task<LexiconMatcher> LoadMatcherAsync(CancellationToken cancellationToken)
    {
        var shipped = await LoadShippedAsync(ShippedPath, cancellationToken).ConfigureAwait(false);
        var added = await officerTerms.ListAsync(cancellationToken).ConfigureAwait(false);
        if (added.Count == 0)
        {
            return new LexiconMatcher(shipped);
        }

        var addedIds = added.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var merged = shipped with
        {
            Version = $"{shipped.Version}+officer{added.Count}",
            Terms = [.. shipped.Terms.Where(t => !addedIds.Contains(t.Id)), .. added],
        };
        return new LexiconMatcher(merged);
    }

    public static async Task<LexiconDocument> LoadShippedAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The lexicon was not found at '{path}'. Ship data/lexicon/military-links.json with the application.", path);
        }

        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync<LexiconDocument>(stream, LexiconJson.Options, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidDataException($"The lexicon '{path}' is empty.");
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"The lexicon '{path}' is not valid: {exception.Message}", exception);
            }
        }
    }
}
