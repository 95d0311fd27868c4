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

        _cache[uri.Authority] = (rules, now + options.Value.RobotsTxtCacheDuration);
        return rules;
    }

    private static string ProductToken(string userAgent) => userAgent.Split('/', ' ')[0];
}
