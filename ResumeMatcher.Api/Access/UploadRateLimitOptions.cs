using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Api.Access;

/// <summary>How many uploads one client (by remote address) may make per window.</summary>
public sealed class UploadRateLimitOptions
{
    public const string SectionName = "UploadRateLimit";

    public const string PolicyName = "uploads";

    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
