namespace ResumeMatcher.Core.Listings.Http;

/// <summary>Makes every attempt (retries included) wait for its host's turn.</summary>
public sealed class HostRateLimitHandler(HostRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await limiter.WaitTurnAsync(request.RequestUri!.Authority, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
