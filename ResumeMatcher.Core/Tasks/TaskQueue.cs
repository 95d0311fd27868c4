using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ResumeMatcher.Core.Tasks;

/// <summary>
/// The Redis stream that carries task ids from the Api to the Workers, read through a consumer group so each entry
/// goes to one worker and stays pending until acknowledged.
/// </summary>
public sealed class TaskQueue(IConnectionMultiplexer redis, IOptions<TaskQueueOptions> options)
{
    public const string TaskIdField = "task_id";
    public const string TraceParentField = "traceparent";

    private TaskQueueOptions Options => options.Value;

    public bool IsConnected => redis.IsConnected;

    public async Task EnqueueAsync(Guid taskId, string? traceParent, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        NameValueEntry[] fields = traceParent is null
            ? [new(TaskIdField, taskId.ToString())]
            : [new(TaskIdField, taskId.ToString()), new(TraceParentField, traceParent)];
        await db.StreamAddAsync(Options.StreamKey, fields, maxLength: Options.MaxStreamLength, useApproximateMaxLength: true)
            .WaitAsync(cancellationToken);
        await redis.GetSubscriber().PublishAsync(RedisChannel.Literal(Options.NotifyChannel), taskId.ToString())
            .WaitAsync(cancellationToken);
    }

    /// <summary>Creates the stream and its consumer group if they do not exist (after a Redis restart, say).</summary>
    public async Task EnsureConsumerGroupAsync(CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetDatabase()
                .StreamCreateConsumerGroupAsync(Options.StreamKey, Options.ConsumerGroup, StreamPosition.Beginning, createStream: true)
                .WaitAsync(cancellationToken);
        }
        catch (RedisServerException ex) when (ex.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // The group exists already.
        }
    }

    /// <summary>New entries for this consumer; they stay pending until acknowledged.</summary>
    public async Task<StreamEntry[]> ReadNewAsync(string consumer, int count, CancellationToken cancellationToken) =>
        await redis.GetDatabase()
            .StreamReadGroupAsync(Options.StreamKey, Options.ConsumerGroup, consumer, StreamPosition.NewMessages, count)
            .WaitAsync(cancellationToken);

    /// <summary>Takes over entries another consumer left pending for longer than <paramref name="minIdle"/>.</summary>
    public async Task<StreamEntry[]> ClaimAbandonedAsync(string consumer, TimeSpan minIdle, int count, CancellationToken cancellationToken)
    {
        var result = await redis.GetDatabase()
            .StreamAutoClaimAsync(Options.StreamKey, Options.ConsumerGroup, consumer, (long)minIdle.TotalMilliseconds, "0-0", count)
            .WaitAsync(cancellationToken);
        return result.ClaimedEntries.Where(e => !e.IsNull).ToArray();
    }

    public async Task AcknowledgeAsync(RedisValue entryId, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        await db.StreamAcknowledgeAsync(Options.StreamKey, Options.ConsumerGroup, entryId).WaitAsync(cancellationToken);
        await db.StreamDeleteAsync(Options.StreamKey, [entryId]).WaitAsync(cancellationToken);
    }

    /// <summary>Calls <paramref name="onNewTask"/> whenever the Api signals a new task.</summary>
    public async Task SubscribeAsync(Action onNewTask, CancellationToken cancellationToken) =>
        await redis.GetSubscriber()
            .SubscribeAsync(RedisChannel.Literal(Options.NotifyChannel), (_, _) => onNewTask())
            .WaitAsync(cancellationToken);

    public static (Guid? TaskId, string? TraceParent) Parse(StreamEntry entry)
    {
        var id = entry[TaskIdField];
        var traceParent = entry[TraceParentField];
        return (Guid.TryParse(id.ToString(), out var taskId) ? taskId : null, traceParent.IsNull ? null : traceParent.ToString());
    }
}
