using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Persistence;

namespace ResumeMatcher.Core.Listings;

/// <summary>
/// The searches a scheduled refresh runs: the configured queries, then the skills seen most in recent resumes (from
/// resume_skills in PostgreSQL), without repeats.
/// </summary>
public sealed class RefreshQueryPlanner(ResumeMatcherDbContext db, IOptions<ListingRefreshOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<ListingQuery>> PlanAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var keywords = settings.Queries.Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q.Trim()).ToList();
        keywords.AddRange(await TopResumeSkillsAsync(cancellationToken));
        var queries = keywords.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(k => new ListingQuery([k], string.IsNullOrWhiteSpace(settings.Location) ? null : settings.Location))
            .ToList();
        return queries.Count > 0 ? queries : [ListingQuery.Everything];
    }

    /// <summary>The skills named by the most resumes uploaded within the recent window, most first.</summary>
    public async Task<IReadOnlyList<string>> TopResumeSkillsAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.TopResumeSkills == 0)
        {
            return [];
        }

        var since = time.GetUtcNow() - settings.RecentResumeWindow;
        return await db.ResumeSkills.AsNoTracking()
            .Join(db.Resumes.Where(r => r.CreatedAt >= since), s => s.ResumeId, r => r.Id, (s, r) => s.Name)
            .GroupBy(name => name)
            .Select(g => new { Name = g.Key, Resumes = g.Count() })
            .OrderByDescending(g => g.Resumes).ThenBy(g => g.Name)
            .Take(settings.TopResumeSkills)
            .Select(g => g.Name)
            .ToListAsync(cancellationToken);
    }
}
