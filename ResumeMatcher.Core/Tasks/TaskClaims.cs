using Microsoft.EntityFrameworkCore;
using ResumeMatcher.Core.Persistence;

namespace ResumeMatcher.Core.Tasks;

/// <summary>
/// The task lifecycle's writes, each one conditional so that PostgreSQL decides who owns a task: a worker claims a
/// queued task (or a running one whose lease ran out), and only the owner of the current attempt may end it.
/// </summary>
public sealed class TaskClaims(ResumeMatcherDbContext db, TimeProvider time)
{
    /// <summary>
    /// Claims the task for one attempt; returns the attempt number, or null when the task is finished or another
    /// worker's lease on it is still live.
    /// </summary>
    public async Task<int?> TryClaimAsync(Guid taskId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var leaseExpiresAt = now + lease;
        var queued = nameof(MatchTaskStatus.Queued);
        var running = nameof(MatchTaskStatus.Running);
        var parse = nameof(MatchStage.Parse);
        var attempts = await db.Database.SqlQuery<int>($"""
            UPDATE match_tasks
               SET "Status" = {running}, "Stage" = {parse}, "Attempts" = "Attempts" + 1,
                   "StartedAt" = {now}, "LeaseExpiresAt" = {leaseExpiresAt}
             WHERE "Id" = {taskId}
               AND ("Status" = {queued} OR ("Status" = {running} AND "LeaseExpiresAt" < {now}))
            RETURNING "Attempts" AS "Value"
            """).ToListAsync(cancellationToken);
        return attempts.Count == 1 ? attempts[0] : null;
    }

    /// <summary>Ends the task as failed with a reason for people, if this attempt still owns it.</summary>
    public async Task<bool> FailAsync(Guid taskId, int attempt, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.MatchTasks
            .Where(t => t.Id == taskId && t.Status == MatchTaskStatus.Running && t.Attempts == attempt)
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.Status, MatchTaskStatus.Failed)
                    .SetProperty(t => t.CompletedAt, now)
                    .SetProperty(t => t.LeaseExpiresAt, (DateTimeOffset?)null)
                    .SetProperty(t => t.FailureReason, Truncate(reason)),
                cancellationToken) == 1;
    }

    /// <summary>Puts the task back in the queue after a failed attempt that may succeed when tried again.</summary>
    public async Task<bool> ReleaseForRetryAsync(Guid taskId, int attempt, string reason, CancellationToken cancellationToken) =>
        await db.MatchTasks
            .Where(t => t.Id == taskId && t.Status == MatchTaskStatus.Running && t.Attempts == attempt)
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.Status, MatchTaskStatus.Queued)
                    .SetProperty(t => t.Stage, MatchStage.Queued)
                    .SetProperty(t => t.LeaseExpiresAt, (DateTimeOffset?)null)
                    .SetProperty(t => t.FailureReason, Truncate(reason)),
                cancellationToken) == 1;

    /// <summary>Whether the task has ended (completed, failed, or erased), so a stream entry for it can be dropped.</summary>
    public async Task<bool> HasEndedAsync(Guid taskId, CancellationToken cancellationToken) =>
        !await db.MatchTasks.AnyAsync(
            t => t.Id == taskId && (t.Status == MatchTaskStatus.Queued || t.Status == MatchTaskStatus.Running),
            cancellationToken);

    private static string Truncate(string reason) => reason.Length <= 2000 ? reason : reason[..2000];
}
