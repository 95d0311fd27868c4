using System.Diagnostics;
using Microsoft.Extensions.Options;
using ResumeMatcher.Core.Diagnostics;
using ResumeMatcher.Core.Persistence;
using ResumeMatcher.Core.Tasks;
using StackExchange.Redis;

namespace ResumeMatcher.Worker.Tasks;

/// <summary>
/// Reads task ids from the Redis stream through the consumer group and runs them, up to a set concurrency.
/// Idle, it polls on a short timer and wakes at once on the Api's pub/sub signal. Now and then it reclaims entries
/// that a dead worker left pending past the visibility timeout.
/// </summary>
public sealed partial class TaskStreamConsumer(
    TaskQueue queue,
    IServiceScopeFactory scopes,
    DatabaseMigrationState migrations,
    IOptions<TaskProcessingOptions> options,
    TimeProvider time,
    ILogger<TaskStreamConsumer> logger) : BackgroundService
{
    private static readonly TimeSpan ErrorBackoff = TimeSpan.FromSeconds(1);

    private readonly string _consumer = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
    private readonly SemaphoreSlim _wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await migrations.WaitAsync(stoppingToken);
        var settings = options.Value;
        var slots = new SemaphoreSlim(settings.EffectiveConcurrency, settings.EffectiveConcurrency);
        var running = new HashSet<Task>();
        var lastReclaim = long.MinValue;
        var groupReady = false;
        var subscribed = false;
        LogStarted(_consumer, settings.EffectiveConcurrency);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!groupReady)
                {
                    await queue.EnsureConsumerGroupAsync(stoppingToken);
                    groupReady = true;
                }

                if (!subscribed)
                {
                    await queue.SubscribeAsync(Wake, stoppingToken);
                    subscribed = true;
                }

                var free = slots.CurrentCount;
                if (free == 0)
                {
                    await slots.WaitAsync(stoppingToken);
                    slots.Release();
                    continue;
                }

                var entries = Array.Empty<StreamEntry>();
                if (lastReclaim == long.MinValue || time.GetElapsedTime(lastReclaim) >= settings.ReclaimInterval)
                {
                    lastReclaim = time.GetTimestamp();
                    entries = await queue.ClaimAbandonedAsync(_consumer, settings.VisibilityTimeout, free, stoppingToken);
                    if (entries.Length > 0)
                    {
                        LogReclaimed(entries.Length);
                    }
                }

                if (entries.Length == 0)
                {
                    entries = await queue.ReadNewAsync(_consumer, free, stoppingToken);
                }

                if (entries.Length == 0)
                {
                    await WaitForWorkAsync(settings.PollInterval, stoppingToken);
                    continue;
                }

                foreach (var entry in entries)
                {
                    await slots.WaitAsync(stoppingToken);
                    var work = RunEntryAsync(entry, slots, stoppingToken);
                    lock (running)
                    {
                        running.Add(work);
                    }

                    _ = work.ContinueWith(t => { lock (running) { running.Remove(t); } }, TaskScheduler.Default);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                // Redis restarted or is away: the group may be gone with its data; recreate it when Redis is back.
                LogRedisUnavailable(ex);
                groupReady = false;
                await Task.Delay(ErrorBackoff, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        Task[] remaining;
        lock (running)
        {
            remaining = running.ToArray();
        }

        await Task.WhenAll(remaining);
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled.
            }
        }
    }

    private async Task WaitForWorkAsync(TimeSpan pollInterval, CancellationToken stoppingToken) =>
        await _wake.WaitAsync(pollInterval, stoppingToken);

    private async Task RunEntryAsync(StreamEntry entry, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var (taskId, traceParent) = TaskQueue.Parse(entry);
            if (taskId is null)
            {
                LogMalformedEntry(entry.Id.ToString());
                await queue.AcknowledgeAsync(entry.Id, stoppingToken);
                return;
            }

            ActivityContext.TryParse(traceParent, null, out var parent);
            using var activity = ResumeMatcherTelemetry.ActivitySource.StartActivity("process match task", ActivityKind.Consumer, parent);
            activity?.SetTag("resumematcher.task_id", taskId.Value.ToString());
            using var logScope = logger.BeginScope(new Dictionary<string, object> { ["TaskId"] = taskId.Value });

            TaskOutcome outcome;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var processor = scope.ServiceProvider.GetRequiredService<TaskProcessor>();
                outcome = await processor.ProcessAsync(taskId.Value, stoppingToken);
            }

            if (outcome == TaskOutcome.Acknowledge)
            {
                await queue.AcknowledgeAsync(entry.Id, CancellationToken.None);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The entry stays pending and is reclaimed after the visibility timeout; the sweeper is the last resort.
            LogEntryFailed(ex, entry.Id.ToString());
        }
        catch (OperationCanceledException)
        {
            // Stopping: the entry stays pending for the next worker.
        }
        finally
        {
            slots.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consumer {Consumer} reading the task stream with up to {Concurrency} tasks at once")]
    private partial void LogStarted(string consumer, int concurrency);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reclaimed {Count} abandoned stream entries")]
    private partial void LogReclaimed(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unavailable; retrying")]
    private partial void LogRedisUnavailable(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream entry {EntryId} has no task id; dropped")]
    private partial void LogMalformedEntry(string entryId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing stream entry {EntryId} failed; it will be redelivered")]
    private partial void LogEntryFailed(Exception exception, string entryId);
}
