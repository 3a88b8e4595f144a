using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PartnerScreening.Storage;
using PartnerScreening.Storage.Screenings;

namespace PartnerScreening.Auth;

/// <summary>The result of checking a presented API key.</summary>
public enum ApiKeyStatus
{
    Unknown,
    Valid,
    Revoked,
}

/// <summary>A checked API key: its status and, when known, the caller's name.</summary>
public sealed record ApiKeyCheck(ApiKeyStatus Status, string? Name);

/// <summary>
/// Creates, revokes and checks API keys. A key is 256 random bits; only its SHA-256 is stored, and a presented
/// key is hashed and compared with the stored hash in constant time.
/// </summary>
public sealed class ApiKeyService(
    IDbContextFactory<PartnerScreeningDbContext> dbContextFactory,
    IMemoryCache cache,
    IOptions<ApiOptions> options,
    TimeProvider timeProvider)
{
    private const string KeyPrefix = "psk_";

    /// <summary>Creates a key for a new caller and returns the key; it cannot be read back later.</summary>
    /// <exception cref="ArgumentException">The name is empty, too long, or already used.</exception>
    public async Task<string> CreateAsync(string name, CancellationToken cancellationToken)
    {
        ValidateName(name);
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Set<ApiKeyRecord>().AnyAsync(key => key.Name == name, cancellationToken))
        {
            throw new ArgumentException($"An API key named '{name}' already exists. Revoke it and choose another name.", nameof(name));
        }

        var key = KeyPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.Set<ApiKeyRecord>().Add(new ApiKeyRecord
        {
            Name = name,
            KeyHash = Hash(key),
            CreatedAt = timeProvider.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>Revokes the key of a caller; returns false when no key has that name.</summary>
    public async Task<bool> RevokeAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<ApiKeyRecord>().SingleOrDefaultAsync(key => key.Name == name, cancellationToken);
        if (record is null)
        {
            return false;
        }

        record.RevokedAt ??= timeProvider.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey(record.KeyHash));
        return true;
    }

    /// <summary>Checks a presented key; the answer is cached for <see cref="ApiOptions.KeyCacheSeconds"/>.</summary>
    public async Task<ApiKeyCheck> CheckAsync(string presentedKey, CancellationToken cancellationToken)
    {
        var hash = Hash(presentedKey);
        if (cache.TryGetValue(CacheKey(hash), out ApiKeyCheck? cached) && cached is not null)
        {
            return cached;
        }

        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Set<ApiKeyRecord>().AsNoTracking().SingleOrDefaultAsync(key => key.KeyHash == hash, cancellationToken);
        var check = record switch
        {
            null => new ApiKeyCheck(ApiKeyStatus.Unknown, null),
            _ when !FixedTimeEqualsHex(record.KeyHash, hash) => new ApiKeyCheck(ApiKeyStatus.Unknown, null),
            { RevokedAt: not null } => new ApiKeyCheck(ApiKeyStatus.Revoked, record.Name),
            _ => new ApiKeyCheck(ApiKeyStatus.Valid, record.Name),
        };

        var seconds = options.Value.KeyCacheSeconds;
        if (seconds > 0 && check.Status != ApiKeyStatus.Unknown)
        {
            cache.Set(CacheKey(hash), check, TimeSpan.FromSeconds(seconds));
        }

        return check;
    }

    internal static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static bool FixedTimeEqualsHex(string left, string right) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(left), Encoding.ASCII.GetBytes(right));

    private static string CacheKey(string hash) => "apikey:" + hash;

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static void ValidateName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException(
                $"Invalid API key name '{name}': use 1 to 100 ASCII letters, digits, '-', '_' or '.'.", nameof(name));
        }
    }
}
