using StackExchange.Redis;

namespace ResumeMatcher.Worker.Jobs;

/// <summary>
/// A lease in Redis (SET NX PX with a random token) so that a scheduled job runs once across Worker replicas, not once
/// per replica. Released with a compare-and-delete, so a replica never frees another's lease.
/// </summary>
public sealed class RedisJobLease(IConnectionMultiplexer redis)
{
    private const string ReleaseScript = """
        if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end
        """;

    public async Task<IAsyncDisposable?> TryAcquireAsync(string jobName, TimeSpan duration, CancellationToken cancellationToken)
    {
        var key = new RedisKey($"rm:lease:{jobName}");
        var token = Guid.NewGuid().ToString("N");
        var db = redis.GetDatabase();
        var acquired = await db.StringSetAsync(key, token, duration, When.NotExists).WaitAsync(cancellationToken);
        return acquired ? new Lease(db, key, token) : null;
    }

    /// <summary>
    /// Claims one run of a periodic job for <paramref name="period"/>, never released early: the first replica to claim
    /// a period runs it, the others skip until the claim expires.
    /// </summary>
    public async Task<bool> TryClaimRunAsync(string jobName, TimeSpan period, CancellationToken cancellationToken) =>
        await redis.GetDatabase()
            .StringSetAsync(new RedisKey($"rm:run:{jobName}"), Environment.MachineName, period, When.NotExists)
            .WaitAsync(cancellationToken);

    private sealed class Lease(IDatabase db, RedisKey key, string token) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await db.ScriptEvaluateAsync(ReleaseScript, [key], [token]);
            }
            catch (RedisException)
            {
                // The lease expires by itself.
            }
        }
    }
}
