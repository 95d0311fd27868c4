using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Diagnostics;
using ResumeMatcher.Core.Pipeline;
using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Tasks;

namespace ResumeMatcher.Worker.Tasks;

/// <summary>
/// Runs one task once: claims it in PostgreSQL, runs the pipeline, and ends it as Completed or Failed. A failure that
/// may pass (a database blip) puts the task back for another attempt; after the last attempt it ends Failed.
/// </summary>
public sealed partial class TaskProcessor(
    TaskClaims claims,
    MatchPipeline pipeline,
    IOptions<TaskProcessingOptions> options,
    TimeProvider time,
    ILogger<TaskProcessor> logger)
{
    public async Task<TaskOutcome> ProcessAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var attempt = await claims.TryClaimAsync(taskId, settings.Lease, cancellationToken);
        if (attempt is null)
        {
            if (await claims.HasEndedAsync(taskId, cancellationToken))
            {
                LogAlreadyFinished(taskId);
                return TaskOutcome.Acknowledge;
            }

            // Another worker holds a live lease: keep the entry pending, so it comes back after the visibility
            // timeout and is taken over if that worker died.
            LogHeldElsewhere(taskId);
            return TaskOutcome.Redeliver;
        }

        if (attempt > settings.MaxAttempts)
        {
            await EndFailedAsync(taskId, attempt.Value, $"The task failed {settings.MaxAttempts} times and was given up.", cancellationToken);
            return TaskOutcome.Acknowledge;
        }

        var started = time.GetTimestamp();
        try
        {
            var result = await pipeline.RunAsync(taskId, attempt.Value, cancellationToken);
            if (result is null)
            {
                LogLostOwnership(taskId, attempt.Value);
                return TaskOutcome.Acknowledge;
            }

            ResumeMatcherTelemetry.TasksFinished.Add(1, new KeyValuePair<string, object?>("status", "completed"));
            LogCompleted(taskId, attempt.Value, result.Profile.Skills.Count, result.Matches.Count, time.GetElapsedTime(started).TotalMilliseconds);
            return TaskOutcome.Acknowledge;
        }
        catch (ResumeUnreadableException ex)
        {
            await EndFailedAsync(taskId, attempt.Value, ex.Message, cancellationToken);
            return TaskOutcome.Acknowledge;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: hand the task back so it is picked up again (here after a restart, or by another worker).
            await claims.ReleaseForRetryAsync(taskId, attempt.Value, "The worker stopped while processing the task.", CancellationToken.None);
            return TaskOutcome.Redeliver;
        }
        catch (Exception ex)
        {
            LogAttemptFailed(ex, taskId, attempt.Value);
            if (attempt.Value >= settings.MaxAttempts)
            {
                await EndFailedAsync(
                    taskId,
                    attempt.Value,
                    $"The task failed {attempt.Value} times; the last error was an internal error ({ex.GetType().Name}).",
                    cancellationToken);
                return TaskOutcome.Acknowledge;
            }

            await claims.ReleaseForRetryAsync(taskId, attempt.Value, $"Attempt {attempt.Value} failed with an internal error; it will be retried.", cancellationToken);
            return TaskOutcome.Redeliver;
        }
    }

    private async Task EndFailedAsync(Guid taskId, int attempt, string reason, CancellationToken cancellationToken)
    {
        if (await claims.FailAsync(taskId, attempt, reason, cancellationToken))
        {
            ResumeMatcherTelemetry.TasksFinished.Add(1, new KeyValuePair<string, object?>("status", "failed"));
            LogFailed(taskId, attempt, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} completed on attempt {Attempt}: {SkillCount} skills, {MatchCount} matches in {ElapsedMs:F1} ms")]
    private partial void LogCompleted(Guid taskId, int attempt, int skillCount, int matchCount, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Task {TaskId} failed on attempt {Attempt}: {Reason}")]
    private partial void LogFailed(Guid taskId, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attempt {Attempt} of task {TaskId} failed")]
    private partial void LogAttemptFailed(Exception exception, Guid taskId, int attempt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Task {TaskId} has already ended; its stream entry is dropped")]
    private partial void LogAlreadyFinished(Guid taskId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Task {TaskId} is held by another worker's live lease; its entry stays pending")]
    private partial void LogHeldElsewhere(Guid taskId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Task {TaskId} attempt {Attempt} lost its claim before completing; its result was discarded")]
    private partial void LogLostOwnership(Guid taskId, int attempt);
}
