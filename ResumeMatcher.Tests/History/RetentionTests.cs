using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Tasks;
using ResumeMatcher.Tests.Fixtures;
using static ResumeMatcher.Tests.History.HistoryData;

namespace ResumeMatcher.Tests.History;

/// <summary>The retention pass on real PostgreSQL with a fake clock: which bytes are dropped, which records erased.</summary>
public sealed class RetentionTests(SharedPostgres postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Drops_bytes_of_processed_uploads_after_the_delay_and_erases_records_past_their_days()
    {
        await using var system = await MatchingSystem.StartAsync(postgres, "retention", startWorker: false);
        var now = new DateTimeOffset(2030, 1, 10, 12, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(now);

        var processedLongAgo = NewTask(Resume(now.AddHours(-3)), now.AddHours(-3), completedAt: now.AddHours(-2));
        var processedJustNow = NewTask(Resume(now.AddMinutes(-20)), now.AddMinutes(-20), completedAt: now.AddMinutes(-10));
        var stillQueued = NewTask(Resume(now.AddHours(-5)), now.AddHours(-5), MatchTaskStatus.Queued);
        var failedLongAgo = NewTask(Resume(now.AddHours(-4)), now.AddHours(-4), MatchTaskStatus.Failed, now.AddHours(-4));
        var expired = NewTask(Resume(now.AddDays(-40)), now.AddDays(-40));
        expired.Results = [Result(1, "Old Role", "Oldco", 0.5, now.AddDays(-40), ["SQL"])];
        var oldButReused = NewTask(Resume(now.AddDays(-40)), now.AddDays(-40));
        var reuse = new MatchTask { Id = Guid.NewGuid(), ResumeId = oldButReused.Resume.Id, Status = MatchTaskStatus.Completed, Stage = MatchStage.Done, CreatedAt = now.AddDays(-1), CompletedAt = now.AddDays(-1) };
        await SaveAsync(system, Ct, processedLongAgo, processedJustNow, stillQueued, failedLongAgo, expired, oldButReused);
        await SaveAsync(system, Ct, reuse);

        var outcome = await RunAsync(system, clock, new RetentionOptions { DropUploadAfter = TimeSpan.FromHours(1), DeleteRecordsAfterDays = 30 });

        await using var db = Open(system);
        var resumes = await db.Resumes.AsNoTracking().ToDictionaryAsync(r => r.Id, Ct);
        Assert.Null(resumes[processedLongAgo.Resume.Id].Content);
        Assert.Equal(now, resumes[processedLongAgo.Resume.Id].ContentDroppedAt);
        Assert.Equal("seeded resume text", resumes[processedLongAgo.Resume.Id].Text);
        Assert.Null(resumes[failedLongAgo.Resume.Id].Content);
        Assert.NotNull(resumes[processedJustNow.Resume.Id].Content);
        Assert.NotNull(resumes[stillQueued.Resume.Id].Content);
        Assert.False(resumes.ContainsKey(expired.Resume.Id));
        Assert.False(await db.MatchTasks.AnyAsync(t => t.Id == expired.Id, Ct));
        Assert.False(await db.MatchResults.AnyAsync(r => r.TaskId == expired.Id, Ct));
        Assert.True(resumes.ContainsKey(oldButReused.Resume.Id));
        Assert.Equal(new RetentionOutcome(UploadsDropped: 4, ResumesErased: 1), outcome);

        // 51 minutes on, the recent upload has been processed for over an hour too; nothing else changes.
        clock.Advance(TimeSpan.FromMinutes(51));
        var later = await RunAsync(system, clock, new RetentionOptions { DropUploadAfter = TimeSpan.FromHours(1), DeleteRecordsAfterDays = 30 });
        Assert.Equal(new RetentionOutcome(UploadsDropped: 1, ResumesErased: 0), later);
    }

    private static async Task<RetentionOutcome> RunAsync(MatchingSystem system, TimeProvider clock, RetentionOptions options)
    {
        await using var db = Open(system);
        return await new ResumeRetention(db, Options.Create(options), clock).RunAsync(Ct);
    }
}
