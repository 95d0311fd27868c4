using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ResumeMatcher.Api.Access;
using ResumeMatcher.Api.Uploads;
using ResumeMatcher.Core.Diagnostics;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Tasks;
using StackExchange.Redis;

namespace ResumeMatcher.Api.Apis;

public static partial class MatchJobsApi
{
    private const int MaxLimit = 100;
    private const int MaxLocationLength = 64;

    public static IEndpointRouteBuilder MapMatchJobsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api").WithTags("Matching");

        api.MapPost("match-jobs", UploadResumeAsync)
            .WithName("UploadResume")
            .WithSummary("Upload a resume (PDF, DOCX or text) to match against job listings")
            .WithDescription("multipart/form-data with the file in 'file' and optional 'limit' (1-100, default 10), 'min_score' (0-1, default 0.2), 'location' (only listings whose location contains this text, case-insensitive) and 'remote' (true: only remote listings; false: only on-site ones). Answers 202 with the task id; poll the status URL for the matches.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(UploadRateLimitOptions.PolicyName)
            .DisableAntiforgery();

        api.MapGet("task-status/{task_id}", GetTaskStatusAsync)
            .WithName("GetTaskStatus")
            .WithSummary("The status of a match task, with the matched jobs once it has completed");

        api.MapDelete("task-status/{task_id}", DeleteTaskAsync)
            .WithName("DeleteTask")
            .WithSummary("Erase your upload: the resume behind this task, its text and profile, and every task and result that used it")
            .WithDescription("The task id is the only credential a submitter holds. A resume re-uploaded within the reuse window is shared by its tasks, so erasing one task's upload erases them all.");

        return app;
    }

    public static async Task<Results<Accepted<MatchJobAccepted>, ValidationProblem, ProblemHttpResult>> UploadResumeAsync(
        HttpRequest request,
        [AsParameters] MatchJobsServices services,
        CancellationToken cancellationToken)
    {
        var upload = await services.Uploads.ReadAsync(request, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        var limit = ParseLimit(upload.Limit, services.Matching.Value.DefaultLimit, errors);
        var minScore = ParseMinScore(upload.MinScore, services.Matching.Value.DefaultMinScore, errors);
        var location = ParseLocation(upload.Location, errors);
        var remote = ParseRemote(upload.Remote, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        switch (ResumeInspection.Inspect(upload.Content))
        {
            case ResumeInspection.UnsupportedType:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status415UnsupportedMediaType,
                    title: "Unsupported file type",
                    detail: "Send a PDF, a Word document (.docx) or a UTF-8/UTF-16 text file (.txt, .md).");
            case ResumeInspection.Unreadable unreadable:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "The file cannot be read",
                    detail: unreadable.Reason);
            case ResumeInspection.Accepted accepted:
                var task = await CreateTaskAsync(upload, accepted.Format, new TaskSettings(limit, minScore, location, remote), services, cancellationToken);
                var statusUrl = $"/api/task-status/{task.Id}";
                return TypedResults.Accepted(statusUrl, new MatchJobAccepted(task.Id, task.Status, statusUrl));
            default:
                throw new UnreachableException();
        }
    }

    public static async Task<Results<Ok<TaskStatusResponse>, ProblemHttpResult>> GetTaskStatusAsync(
        [Microsoft.AspNetCore.Mvc.FromRoute(Name = "task_id")] string taskId,
        [AsParameters] MatchJobsServices services,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(taskId, out var id))
        {
            return TaskNotFound(taskId);
        }

        var status = await services.Db.MatchTasks.AsNoTracking()
            .Where(t => t.Id == id)
            .Select(t => new TaskStatusResponse(
                t.Id,
                t.Status,
                t.Stage,
                t.Attempts,
                t.CreatedAt,
                t.StartedAt,
                t.CompletedAt,
                t.FailureReason,
                t.Resume.Skills.OrderByDescending(s => s.Count).ThenBy(s => s.Name)
                    .Select(s => new SkillResponse(s.Name, s.Category, s.Count)).ToList(),
                t.Resume.Titles,
                t.Resume.YearsOfExperience,
                t.Resume.HighestDegree,
                t.SourceOutcomes,
                t.Results.OrderBy(r => r.Rank).Select(r => new MatchResponse(
                    r.Rank,
                    r.Title,
                    r.Company,
                    r.Location,
                    r.Remote,
                    r.Description,
                    r.Url,
                    r.Salary,
                    r.Source,
                    r.Score,
                    new ScoreComponentsResponse(r.Cosine, r.SkillCoverage, r.TitleSimilarity),
                    r.MatchedSkills,
                    r.MissingSkills)).ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);

        return status is null ? TaskNotFound(taskId) : TypedResults.Ok(status);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteTaskAsync(
        [Microsoft.AspNetCore.Mvc.FromRoute(Name = "task_id")] string taskId,
        [AsParameters] MatchJobsServices services,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(taskId, out var id))
        {
            return TaskNotFound(taskId);
        }

        var resumeId = await services.Db.MatchTasks.Where(t => t.Id == id).Select(t => (Guid?)t.ResumeId).SingleOrDefaultAsync(cancellationToken);
        if (resumeId is null || await ResumeErasure.EraseAsync(services.Db, resumeId.Value, cancellationToken) == 0)
        {
            return TaskNotFound(taskId);
        }

        LogErasedBySubmitter(services.Logger, id);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult TaskNotFound(string taskId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Task not found",
        detail: $"There is no match task with id '{taskId}'.");

    private static async Task<MatchTask> CreateTaskAsync(
        ResumeUpload upload,
        ResumeFormat format,
        TaskSettings settings,
        MatchJobsServices services,
        CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var traceParent = Activity.Current?.Id;
        var hash = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
        var stored = await FindReusableResumeAsync(hash, now, services, cancellationToken);
        var task = new MatchTask
        {
            Id = Guid.NewGuid(),
            Status = MatchTaskStatus.Queued,
            Stage = MatchStage.Queued,
            Limit = settings.Limit,
            MinScore = settings.MinScore,
            LocationFilter = settings.Location,
            RemoteFilter = settings.Remote,
            CreatedAt = now,
            EnqueuedAt = now,
            TraceParent = traceParent,
        };
        if (stored is { } resumeId)
        {
            task.ResumeId = resumeId;
        }
        else
        {
            task.Resume = new Resume
            {
                Id = Guid.CreateVersion7(now),
                ContentHash = hash,
                Format = format,
                FileName = upload.FileName is { Length: > 255 } name ? name[..255] : upload.FileName,
                SizeBytes = upload.Content.Length,
                Content = upload.Content,
                CreatedAt = now,
            };
        }

        // PostgreSQL first: once the row is committed the task cannot be lost, whatever happens to Redis.
        services.Db.MatchTasks.Add(task);
        await services.Db.SaveChangesAsync(cancellationToken);
        ResumeMatcherTelemetry.TasksAccepted.Add(1);
        LogAccepted(services.Logger, task.Id, format, upload.Content.Length);
        Activity.Current?.SetTag("resumematcher.task_id", task.Id.ToString());

        await TryEnqueueAsync(task, services, cancellationToken);
        return task;
    }

    /// <summary>
    /// The same file stored within the reuse window (and still readable: its bytes or its text kept) is reused: the new
    /// task points at it, and the Worker reuses its text and profile.
    /// </summary>
    private static async Task<Guid?> FindReusableResumeAsync(string hash, DateTimeOffset now, MatchJobsServices services, CancellationToken cancellationToken)
    {
        var window = services.UploadSettings.Value.ReuseWindow;
        if (window <= TimeSpan.Zero)
        {
            return null;
        }

        var since = now - window;
        return await services.Db.Resumes
            .Where(r => r.ContentHash == hash && r.CreatedAt >= since && (r.Content != null || r.Text != null))
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Puts the task on the stream. When Redis is away the upload still succeeds: the row says Queued with no
    /// enqueue time, and the Worker's sweeper enqueues it once Redis is back.
    /// </summary>
    private static async Task TryEnqueueAsync(MatchTask task, MatchJobsServices services, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        if (services.Queue.IsConnected)
        {
            try
            {
                await services.Queue.EnqueueAsync(task.Id, task.TraceParent, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                failure = ex;
            }
        }

        LogEnqueueDeferred(services.Logger, failure, task.Id);
        await services.Db.MatchTasks.Where(t => t.Id == task.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.EnqueuedAt, (DateTimeOffset?)null), cancellationToken);
    }

    private static int ParseLimit(string? value, int defaultLimit, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return defaultLimit;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit)
        {
            return limit;
        }

        errors[ResumeUploadReader.LimitField] = [$"'limit' must be a whole number from 1 to {MaxLimit}."];
        return defaultLimit;
    }

    private static double ParseMinScore(string? value, double defaultMinScore, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return defaultMinScore;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var minScore) && minScore is >= 0 and <= 1)
        {
            return minScore;
        }

        errors[ResumeUploadReader.MinScoreField] = ["'min_score' must be a number from 0 to 1."];
        return defaultMinScore;
    }

    private static string? ParseLocation(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var location = value.Trim();
        if (location.Length is >= 1 and <= MaxLocationLength && !location.Any(char.IsControl))
        {
            return location;
        }

        errors[ResumeUploadReader.LocationField] = [$"'location' must be 1 to {MaxLocationLength} characters of text (a city, region or country)."];
        return null;
    }

    private static bool? ParseRemote(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (bool.TryParse(value.Trim(), out var remote))
        {
            return remote;
        }

        errors[ResumeUploadReader.RemoteField] = ["'remote' must be 'true' (remote listings only) or 'false' (on-site listings only)."];
        return null;
    }

    /// <summary>What the upload asked for besides the file.</summary>
    private sealed record TaskSettings(int Limit, double MinScore, string? Location, bool? Remote);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} accepted: a {Format} resume of {SizeBytes} bytes")]
    private static partial void LogAccepted(ILogger logger, Guid taskId, ResumeFormat format, int sizeBytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Submitter erased the upload behind task {TaskId}")]
    private static partial void LogErasedBySubmitter(ILogger logger, Guid taskId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} is stored but could not be put on the Redis stream; the sweeper will enqueue it")]
    private static partial void LogEnqueueDeferred(ILogger logger, Exception? exception, Guid taskId);
}
