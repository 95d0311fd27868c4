using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Diagnostics;
using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Persistence;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Skills;
using ResumeMatcher.Core.Tasks;

namespace ResumeMatcher.Core.Pipeline;

/// <summary>
/// The stages of a match task in order: parse, profile, listings, rank, store. Each stage is a child span of the
/// task's trace. The caller has claimed the task (see <see cref="TaskClaims"/>); <paramref name="attempt"/> fences
/// the final write so a task completes once even if two workers ran it.
/// </summary>
public sealed class MatchPipeline(
    ResumeMatcherDbContext db,
    ResumeTextReader reader,
    ProfileExtractor profiles,
    ListingCache cache,
    ListingIndexProvider indexes,
    IOptions<MatchingOptions> matching,
    IOptions<ListingOnDemandOptions> onDemand,
    TimeProvider time)
{
    public async Task<MatchPipelineResult?> RunAsync(Guid taskId, int attempt, CancellationToken cancellationToken)
    {
        var task = await db.MatchTasks.Include(t => t.Resume)
            .SingleAsync(t => t.Id == taskId, cancellationToken);
        var resume = task.Resume;

        string text;
        ResumeProfile profile;
        if (resume.Text is { } stored)
        {
            // A re-upload of a resume already read (its bytes may since have been dropped by retention): reuse the
            // text, and leave the stored profile rows alone so concurrent tasks of one resume never rewrite them.
            text = stored;
            using (Stage("profile"))
            {
                profile = profiles.Extract(text);
                task.Stage = MatchStage.Listings;
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        else
        {
            using (Stage("parse"))
            {
                text = reader.Read(resume.Content ?? [], resume.Format);
            }

            using (Stage("profile"))
            {
                profile = profiles.Extract(text);
                task.Stage = MatchStage.Listings;
                await StoreProfileAsync(resume.Id, text, profile, cancellationToken);
            }
        }

        ListingIndex index;
        IReadOnlyList<SourceOutcome> outcomes = [];
        using (var activity = Stage("listings"))
        {
            index = await indexes.GetAsync(cancellationToken);
            var fetch = onDemand.Value;
            var enough = await cache.HasListingsForSkillsAsync(profile.Skills.Select(s => s.Name).ToList(), fetch.MinimumCandidates, cancellationToken);
            if (!enough)
            {
                // Too few cached listings share a skill with this resume: ask the sources now, within the deadline, then
                // rank what the cache holds (a source that fails or runs late is recorded in the task's outcomes).
                var query = new ListingQuery(profile.Skills.Take(fetch.MaxKeywords).Select(s => s.Name).ToList());
                (index, outcomes) = await indexes.RefreshAsync(query, fetch.Deadline, cancellationToken);
            }

            activity?.SetTag("resumematcher.listings.enough_cached", enough);
            activity?.SetTag("resumematcher.listings.indexed", index.Count);
        }

        IReadOnlyList<ListingMatch> matches;
        using (Stage("rank"))
        {
            var ranked = index.Rank(new MatchRequest(text, profile, task.MinScore, task.Limit, task.LocationFilter, task.RemoteFilter), matching.Value);

            // The index holds ids only: the winners' details come from the cache in one MGET.
            matches = ListingMatch.Join(ranked, await cache.GetManyAsync(ranked.Select(m => m.ListingId), cancellationToken));
        }

        using (Stage("store"))
        {
            if (!await CompleteAsync(task, attempt, matches, outcomes, cancellationToken))
            {
                return null;
            }
        }

        ResumeMatcherTelemetry.TaskDuration.Record((time.GetUtcNow() - task.CreatedAt).TotalSeconds);

        return new MatchPipelineResult(profile, matches, outcomes);
    }

    /// <summary>
    /// Stores what was read from the resume, once: tasks of a re-uploaded resume may run at the same time, and only the
    /// first to read it writes its text, profile and skill rows (the others find the text already there).
    /// </summary>
    private async Task StoreProfileAsync(Guid resumeId, string text, ResumeProfile profile, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var titles = profile.Titles.ToList();
            var contacts = profile.Contacts.ToList();
            var firstRead = await db.Resumes
                .Where(r => r.Id == resumeId && r.Text == null)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.Text, text)
                        .SetProperty(r => r.Titles, titles)
                        .SetProperty(r => r.YearsOfExperience, profile.YearsOfExperience)
                        .SetProperty(r => r.HighestDegree, profile.HighestDegree)
                        .SetProperty(r => r.Contacts, contacts),
                    ct) == 1;
            if (firstRead)
            {
                db.ResumeSkills.AddRange(profile.Skills.Select(skill =>
                    new ResumeSkill { ResumeId = resumeId, Name = skill.Name, Category = skill.Category, Count = skill.Count }));
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    private static Activity? Stage(string name)
    {
        var activity = ResumeMatcherTelemetry.ActivitySource.StartActivity($"stage {name}");
        activity?.SetTag("resumematcher.stage", name);
        return activity;
    }

    /// <summary>Writes the results and marks the task completed in one transaction, if this attempt still owns it.</summary>
    private async Task<bool> CompleteAsync(MatchTask task, int attempt, IReadOnlyList<ListingMatch> matches, IReadOnlyList<SourceOutcome> outcomes, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = time.GetUtcNow();
            var owned = await db.MatchTasks
                .Where(t => t.Id == task.Id && t.Status == MatchTaskStatus.Running && t.Attempts == attempt)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(t => t.Status, MatchTaskStatus.Completed)
                        .SetProperty(t => t.Stage, MatchStage.Done)
                        .SetProperty(t => t.CompletedAt, now)
                        .SetProperty(t => t.LeaseExpiresAt, (DateTimeOffset?)null)
                        .SetProperty(t => t.FailureReason, (string?)null),
                    ct);
            if (owned == 0)
            {
                await transaction.RollbackAsync(ct);
                return false;
            }

            if (outcomes.Count > 0)
            {
                await db.MatchTasks.Where(t => t.Id == task.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.SourceOutcomes, outcomes.ToList()), ct);
            }

            db.MatchResults.AddRange(matches.Select((m, rank) => ToResult(task.Id, rank + 1, m, now)));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }, cancellationToken);
    }

    private static MatchResult ToResult(Guid taskId, int rank, ListingMatch found, DateTimeOffset createdAt)
    {
        var (listing, match) = (found.Listing, found.Match);
        return new MatchResult
        {
            TaskId = taskId,
            Rank = rank,
            ListingId = listing.Id,
            Source = listing.Source,
            Title = listing.Title,
            Company = listing.Company,
            Location = listing.Location,
            Remote = listing.Remote,
            Description = listing.Description,
            Url = listing.Url,
            Salary = listing.Salary,
            Score = match.Score,
            Cosine = match.Components.Cosine,
            SkillCoverage = match.Components.SkillCoverage,
            TitleSimilarity = match.Components.TitleSimilarity,
            MatchedSkills = match.MatchedSkills.ToList(),
            MissingSkills = match.MissingSkills.ToList(),
            CreatedAt = createdAt,
        };
    }
}
