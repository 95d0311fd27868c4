using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Core.Listings.Http;

/// <summary>How every listing source behaves on the network: manners, limits and retries (section "Listings:Http").</summary>
public sealed class ListingHttpOptions
{
    public const string SectionName = "Listings:Http";

    /// <summary>Sent with every request, so a board's operators can see who calls and how to reach them.</summary>
    [Required]
    [MinLength(8)]
    public string UserAgent { get; set; } = "ResumeMatcher/1.0 (+https://github.com/resumematcher/resumematcher; job-listing refresh)";

    /// <summary>A response body larger than this is refused (and not read past this many bytes).</summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>At least this long between two requests to the same host (across all sources).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MinIntervalPerHost { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries after a timeout, a network error, 408, 429 or 5xx.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry waits about this long; later ones back off exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A 429 or 503 whose Retry-After asks to wait longer than this is not retried: the source fails for now.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long robots.txt answers are kept per host.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RobotsTxtCacheDuration { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Redirects followed (to a configured host only) before giving up.</summary>
    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 5;
}
