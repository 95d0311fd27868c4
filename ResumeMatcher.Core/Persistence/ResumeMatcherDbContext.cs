using Microsoft.EntityFrameworkCore;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Skills;
using ResumeMatcher.Core.Tasks;

namespace ResumeMatcher.Core.Persistence;

/// <summary>PostgreSQL, the source of truth: resumes, their skills, match tasks and their results.</summary>
public sealed class ResumeMatcherDbContext(DbContextOptions<ResumeMatcherDbContext> options) : DbContext(options)
{
    /// <summary>The Aspire resource and connection string name of the database.</summary>
    public const string ConnectionName = "resumematcher";

    public DbSet<Resume> Resumes => Set<Resume>();

    public DbSet<ResumeSkill> ResumeSkills => Set<ResumeSkill>();

    public DbSet<MatchTask> MatchTasks => Set<MatchTask>();

    public DbSet<MatchResult> MatchResults => Set<MatchResult>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ResumeMatcherDbContext).Assembly);
}
