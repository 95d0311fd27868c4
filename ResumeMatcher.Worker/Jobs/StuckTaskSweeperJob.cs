using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using ResumeMatcher.Core.Persistence;
using ResumeMatcher.Core.Tasks;

namespace ResumeMatcher.Worker.Jobs;

/// <summary>
/// PostgreSQL is the truth: a task still Queued long after it was enqueued (Redis lost the entry, or it was never
/// enqueued), or Running past its lease (its worker died), is put on the stream again. Claims in PostgreSQL make a
/// duplicate entry harmless.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class StuckTaskSweeperJob(
    ResumeMatcherDbContext db,
    TaskQueue queue,
    RedisJobLease lease,
    IOptions<ScheduleOptions> options,
    TimeProvider time,
    ILogger<StuckTaskSweeperJob> logger) : IJob
{
    public static readonly JobKey Key = new("stuck-task-sweeper", "tasks");

    private const int BatchSize = 500;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var held = await lease.TryAcquireAsync(Key.Name, settings.SweepInterval, cancellationToken);
        if (held is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        var enqueuedBefore = now - settings.RequeueAfter;
        var stuck = await db.MatchTasks.AsNoTracking()
            .Where(t => (t.Status == MatchTaskStatus.Queued && (t.EnqueuedAt == null || t.EnqueuedAt < enqueuedBefore))
                || (t.Status == MatchTaskStatus.Running && t.LeaseExpiresAt < now))
            .OrderBy(t => t.CreatedAt)
            .Select(t => new { t.Id, t.TraceParent })
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (stuck.Count == 0)
        {
            return;
        }

        await queue.EnsureConsumerGroupAsync(cancellationToken);
        foreach (var task in stuck)
        {
            await queue.EnqueueAsync(task.Id, task.TraceParent, cancellationToken);
        }

        var ids = stuck.Select(t => t.Id).ToList();
        await db.MatchTasks.Where(t => ids.Contains(t.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.EnqueuedAt, now), cancellationToken);
        LogRequeued(stuck.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweeper put {Count} stuck tasks back on the stream")]
    private partial void LogRequeued(int count);
}
