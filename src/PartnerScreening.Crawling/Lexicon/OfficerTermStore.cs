using System.Text.Json;
using PartnerScreening.Domain;

namespace PartnerScreening.Crawling.Lexicon;

/// <summary>
/// Terms officers add from the UI, kept in <c>lexicon/officer-terms.json</c> under the data directory and merged with the
/// shipped lexicon. Writes replace the file atomically, so a crash never leaves half a file.
/// </summary>
public sealed class OfficerTermStore(DataDirectory dataDirectory)
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public string FilePath => Path.Combine(dataDirectory.Root, "lexicon", "officer-terms.json");

    public async Task<IReadOnlyList<LexiconTerm>> ListAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        var stream = File.OpenRead(FilePath);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync<List<LexiconTerm>>(stream, LexiconJson.Options, cancellationToken).ConfigureAwait(false) ?? [];
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"The officer terms file '{FilePath}' is not valid JSON: {exception.Message} Fix or remove the file.", exception);
            }
        }
    }

    /// <summary>Adds or replaces a term by id; the id gets the prefix <c>officer-</c> and the origin <c>officer</c>.</summary>
    /// <exception cref="ArgumentException">The term is empty or its pattern is not a valid regular expression.</exception>
    public async Task<LexiconTerm> SaveAsync(LexiconTerm term, CancellationToken cancellationToken)
    {
        Validate(term);
        var stored = term with
        {
            Id = term.Id.StartsWith("officer-", StringComparison.Ordinal) ? term.Id : "officer-" + term.Id,
            Origin = "officer",
        };

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var terms = (await ListAsync(cancellationToken).ConfigureAwait(false)).Where(t => t.Id != stored.Id).Append(stored).ToList();
            await WriteAsync(terms, cancellationToken).ConfigureAwait(false);
            return stored;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Removes the term with <paramref name="id"/>; returns false when there was none.</summary>
    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var terms = (await ListAsync(cancellationToken).ConfigureAwait(false)).ToList();
            if (terms.RemoveAll(t => t.Id == id) == 0)
            {
                return false;
            }

            await WriteAsync(terms, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _lock.Release();
        }
    }

    private static void Validate(LexiconTerm term)
    {
        if (string.IsNullOrWhiteSpace(term.Id) || string.IsNullOrWhiteSpace(term.Term))
        {
            throw new ArgumentException("An officer term needs an id and a term; fill in both.", nameof(term));
        }

        if (term.Pattern is { } pattern)
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(pattern);
            }
            catch (ArgumentException exception)
            {
                throw new ArgumentException($"The pattern '{pattern}' of term '{term.Id}' is not a valid regular expression: {exception.Message}", nameof(term), exception);
            }
        }
    }

    private async Task WriteAsync(List<LexiconTerm> terms, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + ".tmp";
        var stream = File.Create(temporary);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, terms, LexiconJson.Options, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, FilePath, overwrite: true);
    }
}
