using Microsoft.Extensions.Options;
using Quartz;
using ResumeMatcher.Core.Listings;

namespace ResumeMatcher.Worker.Jobs;

/// <summary>
/// Refreshes the Redis listing cache from one source (named in the job's data), for each planned query when the source
/// searches by query, else once. One job per source, so a slow board never holds up the others; it never overlaps itself
/// ([DisallowConcurrentExecution] in a replica) and runs once per interval across replicas (a Redis run claim, see
/// docs/decisions/004-listing-refresh-runs-once-through-a-redis-claim.md).
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ListingRefreshJob(
    ListingRefresher refresher,
    RefreshQueryPlanner planner,
    RedisJobLease lease,
    IOptions<ListingRefreshOptions> options,
    ILogger<ListingRefreshJob> logger) : IJob
{
    public const string Group = "listings";

    public const string SourceKey = "source";

    public static JobKey KeyFor(string source) => new($"listing-refresh-{source}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.MergedJobDataMap.GetString(SourceKey);
        var source = refresher.Sources.FirstOrDefault(s => s.Name == name);
        if (source is null)
        {
            LogUnknownSource(name ?? "(none)");
            return;
        }

        // Claimed for most of an interval and not released: a replica whose trigger fires a little later skips this round.
        var interval = options.Value.IntervalFor(source.Name);
        if (!await lease.TryClaimRunAsync($"listing-refresh:{source.Name}", interval * 0.9, cancellationToken))
        {
            LogSkipped(source.Name);
            return;
        }

        var queries = source.SearchesByQuery ? await planner.PlanAsync(cancellationToken) : [ListingQuery.Everything];
        var stored = 0;
        var failed = 0;
        foreach (var query in queries)
        {
            var outcome = await refresher.RefreshSourceAsync(source, query, cancellationToken);
            stored += outcome.Count;
            failed += outcome.Ok ? 0 : 1;
        }

        LogRefreshed(source.Name, queries.Count, failed, stored);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Listing refresh of {Source} skipped: another replica ran it this interval")]
    private partial void LogSkipped(string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listing refresh job names no enabled source ({Source})")]
    private partial void LogUnknownSource(string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listing refresh of {Source}: {Queries} queries, {Failed} failed, {Stored} listings stored")]
    private partial void LogRefreshed(string source, int queries, int failed, int stored);
}
