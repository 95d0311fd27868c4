using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ResumeMatcher.Api.Access;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Resumes;

namespace ResumeMatcher.Api.Apis;

/// <summary>
/// Operator queries over the match history in PostgreSQL, and erasure of a resume. Every endpoint here needs the
/// operator API key (<see cref="OperatorKeyFilter"/>).
/// </summary>
public static partial class HistoryApi
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 100;
    private const int MaxFilterLength = 200;
    private const int DefaultTrendingLimit = 20;
    private static readonly TimeSpan DefaultTrendingPeriod = TimeSpan.FromDays(30);

    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api").WithTags("History (operator)").RequireOperatorKey();

        api.MapGet("resumes/{id:guid}", GetResumeAsync)
            .WithName("GetResume")
            .WithSummary("A stored resume: its file facts, extracted profile (skills, titles, experience, degree) and its match tasks")
            .WithDescription("The resume's text and contact details are never returned.")
            .WithResponseExample(StatusCodes.Status200OK, HistoryExamples.Resume);

        api.MapGet("resumes/{id:guid}/matches", GetResumeMatchesAsync)
            .WithName("GetResumeMatches")
            .WithSummary("The matches stored for one resume, across its tasks, newest first, paged")
            .WithResponseExample(StatusCodes.Status200OK, HistoryExamples.MatchPage);

        api.MapGet("matches", FindMatchesAsync)
            .WithName("FindMatches")
            .WithSummary("Stored matches across all resumes, filtered by skill, company, title words, date range and minimum score, newest first, paged")
            .WithResponseExample(StatusCodes.Status200OK, HistoryExamples.MatchPage);

        api.MapGet("skills/trending", GetTrendingSkillsAsync)
            .WithName("GetTrendingSkills")
            .WithSummary("The most frequent skills over a period: in uploaded resumes, and in the listings they were matched with")
            .WithDescription("'from' defaults to 30 days before 'to', 'to' to now; 'limit' (1-100, default 20) caps each list.")
            .WithResponseExample(StatusCodes.Status200OK, HistoryExamples.Trending);

        api.MapDelete("resumes/{id:guid}", DeleteResumeAsync)
            .WithName("DeleteResume")
            .WithSummary("Erase a resume with its bytes, text, profile, tasks and results");

        return app;
    }

    public static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> GetResumeAsync(
        Guid id,
        [AsParameters] HistoryServices services,
        CancellationToken cancellationToken)
    {
        var resume = await services.Db.Resumes.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new ResumeDetail(
                r.Id,
                r.ContentHash,
                r.Format,
                r.SizeBytes,
                r.CreatedAt,
                r.Content != null,
                r.ContentDroppedAt,
                r.Titles,
                r.YearsOfExperience,
                r.HighestDegree,
                r.Skills.OrderByDescending(s => s.Count).ThenBy(s => s.Name).Select(s => new SkillResponse(s.Name, s.Category, s.Count)).ToList(),
                services.Db.MatchTasks.Where(t => t.ResumeId == r.Id).OrderByDescending(t => t.CreatedAt)
                    .Select(t => new TaskSummary(t.Id, t.Status, t.Stage, t.Attempts, t.CreatedAt, t.StartedAt, t.CompletedAt, t.FailureReason, t.Results.Count))
                    .ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        return resume is null ? ResumeNotFound(id) : TypedResults.Ok(resume);
    }

    public static async Task<Results<Ok<ResultPage<MatchRecord>>, ValidationProblem, ProblemHttpResult>> GetResumeMatchesAsync(
        Guid id,
        [AsParameters] PageQuery paging,
        [AsParameters] HistoryServices services,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, pageSize) = ValidatePaging(paging, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await services.Db.Resumes.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return ResumeNotFound(id);
        }

        var query = Matches(services).Where(m => m.Task.ResumeId == id);
        return TypedResults.Ok(await PageAsync(query, page, pageSize, cancellationToken));
    }

    public static async Task<Results<Ok<ResultPage<MatchRecord>>, ValidationProblem>> FindMatchesAsync(
        [AsParameters] MatchFilter filter,
        [AsParameters] PageQuery paging,
        [AsParameters] HistoryServices services,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, pageSize) = ValidatePaging(paging, errors);
        ValidateText(filter.Skill, "skill", errors);
        ValidateText(filter.Company, "company", errors);
        ValidateText(filter.Title, "title", errors);
        if (filter.MinScore is < 0 or > 1 || filter.MinScore is double.NaN)
        {
            errors["min_score"] = ["'min_score' must be a number from 0 to 1."];
        }

        if (filter.From >= filter.To)
        {
            errors["from"] = ["'from' must be before 'to'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // Skills are stored by their taxonomy name: an alias ("postgres", "k8s") finds the canonical one.
        var skill = string.IsNullOrWhiteSpace(filter.Skill) ? null : services.Skills.FindByName(filter.Skill.Trim())?.Name ?? filter.Skill.Trim();
        var results = MatchSearch.Filter(services.Db.MatchResults.AsNoTracking(), filter with { Skill = skill });
        var query = results.Join(services.Db.MatchTasks, r => r.TaskId, t => t.Id, (r, t) => new StoredMatch { Result = r, Task = t });
        return TypedResults.Ok(await PageAsync(query, page, pageSize, cancellationToken));
    }

    public static async Task<Results<Ok<TrendingSkills>, ValidationProblem>> GetTrendingSkillsAsync(
        [FromQuery(Name = "from"), Description("Start of the period (ISO 8601); default 30 days before 'to'.")] DateTimeOffset? from,
        [FromQuery(Name = "to"), Description("End of the period, exclusive (ISO 8601); default now.")] DateTimeOffset? to,
        [FromQuery(Name = "limit"), Description("How many skills in each list, 1-100 (default 20).")] int? limit,
        [AsParameters] HistoryServices services,
        CancellationToken cancellationToken)
    {
        var end = to ?? services.Time.GetUtcNow();
        var start = from ?? end - DefaultTrendingPeriod;
        var take = limit ?? DefaultTrendingLimit;
        var errors = new Dictionary<string, string[]>();
        if (start >= end)
        {
            errors["from"] = ["'from' must be before 'to'."];
        }

        if (take is < 1 or > MaxPageSize)
        {
            errors["limit"] = [$"'limit' must be from 1 to {MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var db = services.Db;
        var resumeSkills = await db.ResumeSkills
            .Where(s => db.Resumes.Any(r => r.Id == s.ResumeId && r.CreatedAt >= start && r.CreatedAt < end))
            .GroupBy(s => s.Name)
            .Select(g => new { Name = g.Key, Count = g.Count() })
            .OrderByDescending(s => s.Count).ThenBy(s => s.Name)
            .Take(take)
            .ToListAsync(cancellationToken);

        // A listing's skills are the ones it matched plus the ones it missed; each listing counts once per skill.
        var listingSkills = await db.Database.SqlQuery<SkillCountRow>($"""
            SELECT s.skill AS "Name", count(DISTINCT r."ListingId")::int AS "Count"
              FROM match_results r
              CROSS JOIN LATERAL unnest(r."MatchedSkills" || r."MissingSkills") AS s(skill)
             WHERE r."CreatedAt" >= {start} AND r."CreatedAt" < {end}
             GROUP BY s.skill
             ORDER BY 2 DESC, 1
             LIMIT {take}
            """).ToListAsync(cancellationToken);

        return TypedResults.Ok(new TrendingSkills(
            start,
            end,
            resumeSkills.Select(s => new SkillCount(s.Name, s.Count)).ToList(),
            listingSkills.Select(s => new SkillCount(s.Name, s.Count)).ToList()));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteResumeAsync(
        Guid id,
        [AsParameters] HistoryServices services,
        CancellationToken cancellationToken)
    {
        var erased = await ResumeErasure.EraseAsync(services.Db, id, cancellationToken);
        if (erased == 0)
        {
            return ResumeNotFound(id);
        }

        LogErased(services.Logger, id);
        return TypedResults.NoContent();
    }

    private static IQueryable<StoredMatch> Matches(HistoryServices services) =>
        services.Db.MatchResults.AsNoTracking()
            .Join(services.Db.MatchTasks, r => r.TaskId, t => t.Id, (r, t) => new StoredMatch { Result = r, Task = t });

    private static async Task<ResultPage<MatchRecord>> PageAsync(IQueryable<StoredMatch> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(m => m.Result.CreatedAt).ThenBy(m => m.Result.TaskId).ThenBy(m => m.Result.Rank)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(m => new MatchRecord(
                m.Result.Id,
                m.Result.TaskId,
                m.Task.ResumeId,
                m.Result.CreatedAt,
                m.Result.Rank,
                m.Result.ListingId,
                m.Result.Title,
                m.Result.Company,
                m.Result.Location,
                m.Result.Remote,
                m.Result.Url,
                m.Result.Source,
                m.Result.Score,
                new ScoreComponentsResponse(m.Result.Cosine, m.Result.SkillCoverage, m.Result.TitleSimilarity),
                m.Result.MatchedSkills,
                m.Result.MissingSkills))
            .ToListAsync(cancellationToken);
        return new ResultPage<MatchRecord>(items, page, pageSize, total);
    }

    private static (int Page, int PageSize) ValidatePaging(PageQuery paging, Dictionary<string, string[]> errors)
    {
        var page = paging.Page ?? 1;
        var pageSize = paging.PageSize ?? DefaultPageSize;
        if (page < 1)
        {
            errors["page"] = ["'page' must be 1 or more."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["page_size"] = [$"'page_size' must be from 1 to {MaxPageSize}."];
        }

        return (page, pageSize);
    }

    private static void ValidateText(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (value is { Length: > MaxFilterLength } || (value is not null && value.Any(char.IsControl)))
        {
            errors[name] = [$"'{name}' must be at most {MaxFilterLength} characters of text."];
        }
    }

    private static ProblemHttpResult ResumeNotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Resume not found",
        detail: $"There is no stored resume with id '{id}'.");

    private sealed class StoredMatch
    {
        public required MatchResult Result { get; init; }

        public required Core.Tasks.MatchTask Task { get; init; }
    }

    private sealed class SkillCountRow
    {
        public string Name { get; set; } = "";

        public int Count { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Operator erased resume {ResumeId} with its tasks and results")]
    private static partial void LogErased(ILogger logger, Guid resumeId);
}
