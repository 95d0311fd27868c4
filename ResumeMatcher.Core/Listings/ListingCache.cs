using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Skills;
using StackExchange.Redis;

namespace ResumeMatcher.Core.Listings;

/// <summary>
/// The listing cache in Redis: each listing once (JSON, with a TTL), an index from skill to listing ids, the set
/// of all ids, and de-duplication keys so the same opening from two boards is kept once.
/// </summary>
public sealed class ListingCache(IConnectionMultiplexer redis, IOptions<ListingCacheOptions> options)
{
    private const int ReadChunk = 500;

    private ListingCacheOptions Options => options.Value;

    private RedisKey ListingKey(string id) => $"{Options.KeyPrefix}:item:{id}";

    private RedisKey SkillKey(string skill) => $"{Options.KeyPrefix}:skill:{SkillTokenizer.Key(skill)}";

    private RedisKey AllIdsKey => $"{Options.KeyPrefix}:ids";

    private RedisKey VersionKey => $"{Options.KeyPrefix}:version";

    private RedisKey DedupeKey(string kind, string value) =>
        $"{Options.KeyPrefix}:dedupe:{kind}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32]}";

    /// <summary>Stores listings (already tagged with skills); returns how many were new or refreshed, not duplicates.</summary>
    public async Task<int> StoreAsync(IReadOnlyList<JobListing> listings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var db = redis.GetDatabase();
        var ttl = Options.TimeToLive;
        var kept = await KeepFirstOfDuplicatesAsync(db, listings);
        if (kept.Count == 0)
        {
            return 0;
        }

        var batch = db.CreateBatch();
        var writes = new List<Task>(kept.Count * 6);
        foreach (var listing in kept)
        {
            var json = JsonSerializer.Serialize(listing, ListingJsonContext.Default.JobListing);
            writes.Add(batch.StringSetAsync(ListingKey(listing.Id), json, ttl));
            writes.Add(batch.StringSetAsync(DedupeKey("url", ListingDeduplication.CanonicalUrl(listing.Url)), listing.Id, ttl));
            writes.Add(batch.StringSetAsync(DedupeKey("tcl", ListingDeduplication.TitleCompanyLocation(listing)), listing.Id, ttl));
            writes.Add(batch.SetAddAsync(AllIdsKey, listing.Id));
            foreach (var skill in listing.Skills)
            {
                writes.Add(batch.SetAddAsync(SkillKey(skill), listing.Id));
            }
        }

        foreach (var skill in kept.SelectMany(l => l.Skills).Distinct(StringComparer.Ordinal))
        {
            writes.Add(batch.KeyExpireAsync(SkillKey(skill), ttl));
        }

        writes.Add(batch.KeyExpireAsync(AllIdsKey, ttl));
        writes.Add(batch.StringIncrementAsync(VersionKey));
        batch.Execute();
        await Task.WhenAll(writes).WaitAsync(cancellationToken);
        return kept.Count;
    }

    /// <summary>The ids of cached listings that name any of <paramref name="skills"/>.</summary>
    public async Task<IReadOnlySet<string>> FindIdsBySkillsAsync(IEnumerable<string> skills, CancellationToken cancellationToken)
    {
        var keys = skills.Select(SkillKey).Distinct().ToArray();
        if (keys.Length == 0)
        {
            return new HashSet<string>();
        }

        var members = await redis.GetDatabase().SetCombineAsync(SetOperation.Union, keys).WaitAsync(cancellationToken);
        return members.Select(m => m.ToString()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether at least <paramref name="atLeast"/> cached listings name any of <paramref name="skills"/>, without
    /// moving the skill sets over the wire on every task: one pipelined SCARD per skill decides when a single skill
    /// already has enough listings (or all of them together have too few); only sets that are all small are unioned.
    /// </summary>
    public async Task<bool> HasListingsForSkillsAsync(IReadOnlyCollection<string> skills, int atLeast, CancellationToken cancellationToken)
    {
        var keys = skills.Select(SkillKey).Distinct().ToArray();
        if (atLeast <= 0)
        {
            return true;
        }

        if (keys.Length == 0)
        {
            return false;
        }

        var batch = redis.GetDatabase().CreateBatch();
        var sizes = keys.Select(key => batch.SetLengthAsync(key)).ToArray();
        batch.Execute();
        var lengths = await Task.WhenAll(sizes).WaitAsync(cancellationToken);
        if (lengths.Max() >= atLeast)
        {
            return true;
        }

        if (lengths.Sum() < atLeast)
        {
            return false;
        }

        return (await FindIdsBySkillsAsync(skills, cancellationToken)).Count >= atLeast;
    }

    /// <summary>Every listing still in the cache.</summary>
    public async Task<IReadOnlyList<JobListing>> GetAllAsync(CancellationToken cancellationToken)
    {
        var listings = new List<JobListing>();
        await foreach (var listing in ReadAllAsync(cancellationToken))
        {
            listings.Add(listing);
        }

        return listings;
    }

    /// <summary>
    /// Every listing still in the cache, read in chunks and handed out one by one, so a caller that keeps only what it
    /// needs of each (the index builder) never holds the whole corpus.
    /// </summary>
    public async IAsyncEnumerable<JobListing> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var ids = await db.SetMembersAsync(AllIdsKey).WaitAsync(cancellationToken);
        var expired = new List<RedisValue>();
        foreach (var chunk in ids.Chunk(ReadChunk))
        {
            var values = await db.StringGetAsync(chunk.Select(id => ListingKey(id.ToString())).ToArray()).WaitAsync(cancellationToken);
            for (var i = 0; i < chunk.Length; i++)
            {
                if (values[i].IsNull)
                {
                    expired.Add(chunk[i]);
                    continue;
                }

                yield return JsonSerializer.Deserialize((string)values[i]!, ListingJsonContext.Default.JobListing)!;
            }
        }

        if (expired.Count > 0)
        {
            await db.SetRemoveAsync(AllIdsKey, expired.ToArray()).WaitAsync(cancellationToken);
        }
    }

    /// <summary>The listings with the given ids that are still cached, by id, in one MGET.</summary>
    public async Task<IReadOnlyDictionary<string, JobListing>> GetManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToArray();
        var listings = new Dictionary<string, JobListing>(wanted.Length, StringComparer.Ordinal);
        if (wanted.Length == 0)
        {
            return listings;
        }

        var values = await redis.GetDatabase().StringGetAsync(wanted.Select(ListingKey).ToArray()).WaitAsync(cancellationToken);
        for (var i = 0; i < wanted.Length; i++)
        {
            if (!values[i].IsNull)
            {
                listings[wanted[i]] = JsonSerializer.Deserialize((string)values[i]!, ListingJsonContext.Default.JobListing)!;
            }
        }

        return listings;
    }

    /// <summary>A number that changes whenever listings are stored; 0 when the cache is empty or was lost.</summary>
    public async Task<long> GetVersionAsync(CancellationToken cancellationToken)
    {
        var value = await redis.GetDatabase().StringGetAsync(VersionKey).WaitAsync(cancellationToken);
        return value.IsNull ? 0 : (long)value;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken) =>
        await redis.GetDatabase().SetLengthAsync(AllIdsKey).WaitAsync(cancellationToken);

    private async Task<List<JobListing>> KeepFirstOfDuplicatesAsync(IDatabase db, IReadOnlyList<JobListing> listings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<(JobListing Listing, RedisKey Url, RedisKey Tcl)>();
        foreach (var listing in listings)
        {
            var url = ListingDeduplication.CanonicalUrl(listing.Url);
            var tcl = ListingDeduplication.TitleCompanyLocation(listing);
            if (seen.Add("u" + url) & seen.Add("t" + tcl))
            {
                unique.Add((listing, DedupeKey("url", url), DedupeKey("tcl", tcl)));
            }
        }

        var kept = new List<JobListing>(unique.Count);
        foreach (var chunk in unique.Chunk(ReadChunk))
        {
            var owners = await db.StringGetAsync(chunk.SelectMany(u => new[] { u.Url, u.Tcl }).ToArray());
            for (var i = 0; i < chunk.Length; i++)
            {
                var id = chunk[i].Listing.Id;
                var urlOwner = owners[2 * i];
                var tclOwner = owners[(2 * i) + 1];
                var ownedByOther = (!urlOwner.IsNull && urlOwner != id) || (!tclOwner.IsNull && tclOwner != id);
                if (!ownedByOther)
                {
                    kept.Add(chunk[i].Listing);
                }
            }
        }

        return kept;
    }
}
