using Microsoft.EntityFrameworkCore;
using ResumeMatcher.Core.Persistence;

namespace ResumeMatcher.Core.Resumes;

/// <summary>
/// Erases a resume and everything derived from it: its bytes, text, profile and skills, every task that used it and
/// their results. One statement; the foreign keys cascade (resume → tasks → results, resume → skills).
/// </summary>
public static class ResumeErasure
{
    /// <returns>How many resumes were erased (0 when there was none with that id).</returns>
    public static Task<int> EraseAsync(ResumeMatcherDbContext db, Guid resumeId, CancellationToken cancellationToken) =>
        db.Resumes.Where(r => r.Id == resumeId).ExecuteDeleteAsync(cancellationToken);
}
