using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Persistence;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Skills;
using ResumeMatcher.Tests.Fixtures;

namespace ResumeMatcher.Tests.Listings;

/// <summary>The scheduled searches: configured queries, then the skills most resumes named recently (real PostgreSQL).</summary>
public sealed class RefreshQueryPlannerTests(SharedPostgres postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Plans_configured_queries_then_the_skills_of_most_recent_resumes()
    {
        var now = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        var options = new DbContextOptionsBuilder<ResumeMatcherDbContext>()
            .UseNpgsql(postgres.Server.ConnectionStringFor(SharedPostgres.NewDatabaseName("planner"))).Options;
        await using var db = new ResumeMatcherDbContext(options);
        await db.Database.MigrateAsync(Ct);
        AddResume(db, now.AddDays(-1), "Python", "PostgreSQL", "Docker");
        AddResume(db, now.AddDays(-2), "Python", "PostgreSQL");
        AddResume(db, now.AddDays(-3), "Python", "Kubernetes");
        AddResume(db, now.AddDays(-60), "COBOL", "COBOL2", "Fortran");
        AddResume(db, now.AddDays(-61), "COBOL");
        AddResume(db, now.AddDays(-62), "COBOL");
        AddResume(db, now.AddDays(-63), "COBOL");
        await db.SaveChangesAsync(Ct);

        var planner = new RefreshQueryPlanner(db, Options.Create(new ListingRefreshOptions
        {
            Queries = ["data engineer", "python"],
            TopResumeSkills = 3,
            RecentResumeWindow = TimeSpan.FromDays(14),
            Location = "Berlin",
        }), new FakeTimeProvider(now));

        Assert.Equal(["Python", "PostgreSQL", "Docker"], await planner.TopResumeSkillsAsync(Ct));
        var queries = await planner.PlanAsync(Ct);
        Assert.Equal(["data engineer", "python", "PostgreSQL", "Docker"], queries.Select(q => Assert.Single(q.Keywords)));
        Assert.All(queries, q => Assert.Equal("Berlin", q.Location));
    }

    private static void AddResume(ResumeMatcherDbContext db, DateTimeOffset createdAt, params string[] skills)
    {
        var resume = new Resume { Id = Guid.NewGuid(), ContentHash = Guid.NewGuid().ToString("N"), CreatedAt = createdAt };
        resume.Skills.AddRange(skills.Select(s => new ResumeSkill { ResumeId = resume.Id, Name = s, Category = "test", Count = 1 }));
        db.Resumes.Add(resume);
    }
}
