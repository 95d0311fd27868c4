using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Persistence;
using ResumeMatcher.Core.Tasks;

namespace ResumeMatcher.Core.Resumes;

/// <summary>One retention pass: drops processed uploads' bytes, then erases records past their age.</summary>
public sealed class ResumeRetention(ResumeMatcherDbContext db, IOptions<RetentionOptions> options, TimeProvider time)
{
    public async Task<RetentionOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();

        // Processed: the resume has tasks, and every one of them ended before the cut-off. A queued or running task
        // (or one that ended recently) still needs, or may soon need, the bytes.
        var endedBefore = now - settings.DropUploadAfter;
        var dropped = await db.Resumes
            .Where(r => r.Content != null
                && db.MatchTasks.Any(t => t.ResumeId == r.Id)
                && !db.MatchTasks.Any(t => t.ResumeId == r.Id
                    && (t.Status == MatchTaskStatus.Queued || t.Status == MatchTaskStatus.Running || t.CompletedAt == null || t.CompletedAt > endedBefore)))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Content, (byte[]?)null).SetProperty(r => r.ContentDroppedAt, now), cancellationToken);

        var olderThan = now - TimeSpan.FromDays(settings.DeleteRecordsAfterDays);
        var erased = await db.Resumes
            .Where(r => r.CreatedAt < olderThan && !db.MatchTasks.Any(t => t.ResumeId == r.Id && t.CreatedAt >= olderThan))
            .ExecuteDeleteAsync(cancellationToken);

        return new RetentionOutcome(dropped, erased);
    }
}

/// <param name="UploadsDropped">Resumes whose raw bytes were dropped.</param>
/// <param name="ResumesErased">Resumes erased with their tasks and results.</param>
public sealed record RetentionOutcome(int UploadsDropped, int ResumesErased);
