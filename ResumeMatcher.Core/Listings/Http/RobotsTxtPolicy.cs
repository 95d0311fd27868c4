using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace ResumeMatcher.Core.Listings.Http;

/// <summary>
/// Fetches and caches each host's robots.txt for the HTML scrapers. A missing robots.txt (4xx) allows everything; one
/// that cannot be read (5xx, network error) disallows everything for now, as RFC 9309 asks.
/// </summary>
public sealed class RobotsTxtPolicy(IOptions<ListingHttpOptions> options, TimeProvider time)
{
    private static readonly TimeSpan UnreadableRetry = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (RobotsTxt Rules, DateTimeOffset Expires)> _cache = new(StringComparer.Ordinal);

    /// <summary>Throws <see cref="ListingFetchRefusedException"/> when robots.txt disallows <paramref name="uri"/>.</summary>
    public async Task EnsureAllowedAsync(HttpClient client, Uri uri, CancellationToken cancellationToken)
    {
        var rules = await GetAsync(client, uri, cancellationToken);
        if (!rules.IsAllowed(uri))
        {
            throw new ListingFetchRefusedException($"robots.txt of {uri.Authority} disallows {uri.AbsolutePath}");
        }
    }

    private async Task<RobotsTxt> GetAsync(HttpClient client, Uri uri, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(uri.Authority, out var cached) && cached.Expires > now)
        {
            return cached.Rules;
        }

        RobotsTxt rules;
        try
        {
            using var response = await client.GetAsync(new Uri(uri, "/robots.txt"), cancellationToken);
            rules = response.StatusCode switch
            {
                >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices =>
                    RobotsTxt.Parse(await response.Content.ReadAsStringAsync(cancellationToken), ProductToken(options.Value.UserAgent)),
                >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError => RobotsTxt.AllowAll,
                _ => RobotsTxt.DisallowAll,
            };
        }
        catch (HttpRequestException)
        {
            rules = RobotsTxt.DisallowAll;
        }

        // An unreadable robots.txt disallows for a short while only, so a passing outage does not stop a scraper for hours.
        var keep = ReferenceEquals(rules, RobotsTxt.DisallowAll) ? Min(UnreadableRetry, options.Value.RobotsTxtCacheDuration) : options.Value.RobotsTxtCacheDuration;
        _cache[uri.Authority] = (rules, now + keep);
        return rules;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string ProductToken(string userAgent) => userAgent.Split('/', ' ')[0];
}
