using Quartz;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;

namespace ResumeMatcher.Worker.Jobs;

/// <summary>Refreshes the Redis listing cache from every enabled source, once across replicas.</summary>
[DisallowConcurrentExecution]
public sealed partial class ListingRefreshJob(
    ListingIndexProvider indexes,
    RedisJobLease lease,
    ILogger<ListingRefreshJob> logger) : IJob
{
    public static readonly JobKey Key = new("listing-refresh", "listings");

    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var held = await lease.TryAcquireAsync(Key.Name, LeaseDuration, cancellationToken);
        if (held is null)
        {
            LogSkipped();
            return;
        }

        var (index, outcomes) = await indexes.RefreshAsync(ListingQuery.Everything, cancellationToken);
        foreach (var outcome in outcomes.Where(o => !o.Ok))
        {
            LogSourceFailed(outcome.Source, outcome.Error ?? "unknown error");
        }

        LogRefreshed(index.Count);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Listing refresh skipped: another replica holds the lease")]
    private partial void LogSkipped();

    [LoggerMessage(Level = LogLevel.Information, Message = "Listing refresh done; the index holds {Count} listings")]
    private partial void LogRefreshed(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listing source {Source} failed: {Error}")]
    private partial void LogSourceFailed(string source, string error);
}
