using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace ResumeMatcher.Core.Listings.Http;

/// <summary>
/// The one way a listing source's HttpClient is built: its base URL, the User-Agent, a resilience pipeline (total
/// timeout, retries with exponential backoff and jitter honouring Retry-After, per-attempt timeout), the per-host rate
/// limit, the host allow-list with redirects checked, and the response size cap.
/// </summary>
public static class ListingHttpClientExtensions
{
    public static IHttpClientBuilder AddListingHttpHandlers<TOptions>(this IHttpClientBuilder builder)
        where TOptions : JobBoardOptions
    {
#pragma warning disable EXTEXP0001 // The service defaults add a standard resilience handler to every client; this one has its own.
        builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        builder.ConfigureHttpClient((sp, client) =>
        {
            var source = sp.GetRequiredService<IOptions<TOptions>>().Value;
            client.BaseAddress = source.BaseUri;
            client.Timeout = source.TotalTimeout + TimeSpan.FromSeconds(5);
            client.DefaultRequestHeaders.UserAgent.Clear();
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", sp.GetRequiredService<IOptions<ListingHttpOptions>>().Value.UserAgent);
        });

        builder.AddResilienceHandler(typeof(TOptions).Name, (pipeline, context) =>
        {
            var source = context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value;
            var http = context.ServiceProvider.GetRequiredService<IOptions<ListingHttpOptions>>().Value;
            var time = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            pipeline.AddTimeout(source.TotalTimeout);
            if (http.MaxRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = http.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = http.RetryBaseDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(
                        HttpClientResiliencePredicates.IsTransient(args.Outcome) && !AsksToWaitTooLong(args.Outcome.Result, http.MaxRetryAfter, time)),
                });
            }

            pipeline.AddTimeout(source.AttemptTimeout);
        });

        builder.AddHttpMessageHandler(sp => new HostRateLimitHandler(sp.GetRequiredService<HostRateLimiter>()));
        builder.AddHttpMessageHandler(sp =>
        {
            var source = sp.GetRequiredService<IOptions<TOptions>>().Value;
            var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { source.BaseUri.Authority };
            hosts.UnionWith(source.AllowedRedirectHosts);
            return new AllowedHostsHandler(hosts, sp.GetRequiredService<IOptions<ListingHttpOptions>>().Value.MaxRedirects);
        });
        builder.AddHttpMessageHandler(sp => new ResponseSizeLimitHandler(sp.GetRequiredService<IOptions<ListingHttpOptions>>().Value.MaxResponseBytes));
        builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });
        return builder;
    }

    /// <summary>A 429/503 asking to wait past the limit is left to fail now rather than hold the refresh.</summary>
    private static bool AsksToWaitTooLong(HttpResponseMessage? response, TimeSpan limit, TimeProvider time)
    {
        if (response?.Headers.RetryAfter is not { } retryAfter)
        {
            return false;
        }

        var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - time.GetUtcNow() : TimeSpan.Zero);
        return wait > limit;
    }
}
