using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ResumeMatcher.Core.Listings.Http;

/// <summary>One token bucket per host, shared by every source, so no host sees more than one request per interval.</summary>
public sealed class HostRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public HostRateLimiter(IOptions<ListingHttpOptions> options)
    {
        var interval = options.Value.MinIntervalPerHost;
        _limiter = PartitionedRateLimiter.Create<string, string>(host => interval <= TimeSpan.Zero
            ? RateLimitPartition.GetNoLimiter(host)
            : RateLimitPartition.GetTokenBucketLimiter(host, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = interval,
                QueueLimit = 10_000,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Waits for this host's turn.</summary>
    public async ValueTask WaitTurnAsync(string host, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(host, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new ListingFetchRefusedException($"too many requests queued for {host}");
        }
    }

    public void Dispose() => _limiter.Dispose();
}
