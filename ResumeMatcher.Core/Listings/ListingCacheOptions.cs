using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Core.Listings;

public sealed class ListingCacheOptions
{
    public const string SectionName = "Listings:Cache";

    /// <summary>How long a cached listing lives unless a refresh sees it again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The prefix of every Redis key the cache writes.</summary>
    [Required]
    public string KeyPrefix { get; set; } = "rm:listings";
}
