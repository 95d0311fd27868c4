using Microsoft.Extensions.Logging;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Core.Matching;

/// <summary>
/// Holds the current <see cref="ListingIndex"/> and keeps it in step with the Redis cache: when the cache's version
/// moves, a new index is built in the background and swapped in atomically, so no task waits on a rebuild (only the
/// very first task, before any index exists, waits for one). When the cache is empty (first start, or Redis lost its
/// data), the listings are fetched from the sources on demand.
/// </summary>
public sealed partial class ListingIndexProvider(
    ListingCache cache,
    ListingRefresher refresher,
    JobTitleExtractor titles,
    TimeProvider time,
    ILogger<ListingIndexProvider> logger)
{
    private static readonly TimeSpan VersionCheckInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private readonly Lock _backgroundLock = new();
    private volatile ListingIndex? _current;
    private long _lastVersionCheck = long.MinValue;
    private Task? _backgroundBuild;

    public async Task<ListingIndex> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && !IsVersionCheckDue())
        {
            return current;
        }

        var version = await cache.GetVersionAsync(cancellationToken);
        if (current is not null && version == current.Version)
        {
            return current;
        }

        if (current is null || version == 0)
        {
            return await BuildAsync(cancellationToken);
        }

        StartBackgroundBuild();
        return current;
    }

    /// <summary>Fetches listings on demand (the cache had too few for a resume) and rebuilds the index.</summary>
    public Task<(ListingIndex Index, IReadOnlyList<SourceOutcome> Outcomes)> RefreshAsync(ListingQuery query, CancellationToken cancellationToken) =>
        RefreshAsync(query, Timeout.InfiniteTimeSpan, cancellationToken);

    /// <summary>Fetches on demand, giving up on sources still busy after <paramref name="deadline"/>, and rebuilds the index.</summary>
    public async Task<(ListingIndex Index, IReadOnlyList<SourceOutcome> Outcomes)> RefreshAsync(ListingQuery query, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var outcomes = await refresher.RefreshAsync(query, deadline, cancellationToken);
        return (await BuildAsync(cancellationToken), outcomes);
    }

    private bool IsVersionCheckDue()
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastVersionCheck);
        if (last != long.MinValue && time.GetElapsedTime(last, now) < VersionCheckInterval)
        {
            return false;
        }

        return Interlocked.CompareExchange(ref _lastVersionCheck, now, last) == last;
    }

    private void StartBackgroundBuild()
    {
        lock (_backgroundLock)
        {
            if (_backgroundBuild is { IsCompleted: false })
            {
                return;
            }

            _backgroundBuild = Task.Run(async () =>
            {
                try
                {
                    await BuildAsync(CancellationToken.None);
                }
                catch (Exception ex)
                {
                    LogBackgroundBuildFailed(ex);
                }
            });
        }
    }

    private async Task<ListingIndex> BuildAsync(CancellationToken cancellationToken)
    {
        await _buildLock.WaitAsync(cancellationToken);
        try
        {
            var version = await cache.GetVersionAsync(cancellationToken);
            if (_current is { } existing && existing.Version == version && version != 0)
            {
                return existing;
            }

            if (version == 0)
            {
                LogCacheEmpty();
                await refresher.RefreshAsync(ListingQuery.Everything, cancellationToken);
                version = await cache.GetVersionAsync(cancellationToken);
            }

            // Streamed: each listing is read, indexed and dropped, so the Worker never holds the corpus's text.
            var started = time.GetTimestamp();
            var builder = new ListingIndexBuilder(titles);
            await foreach (var listing in cache.ReadAllAsync(cancellationToken))
            {
                builder.Add(listing);
            }

            var index = builder.Build(version);
            LogIndexBuilt(index.Count, version, time.GetElapsedTime(started).TotalMilliseconds);
            _current = index;
            builder = null;
            ListingIndexBuilder.ReleaseBuildMemory();
            return index;
        }
        finally
        {
            _buildLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listing index built: {Count} listings at cache version {Version} in {ElapsedMs:F0} ms")]
    private partial void LogIndexBuilt(int count, long version, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The listing cache is empty; fetching listings from the sources on demand")]
    private partial void LogCacheEmpty();

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding the listing index in the background failed; the previous index stays in use")]
    private partial void LogBackgroundBuildFailed(Exception exception);
}
