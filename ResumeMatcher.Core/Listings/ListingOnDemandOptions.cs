using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Core.Listings;

/// <summary>When and for how long a match task asks the sources itself (section "Listings:OnDemand").</summary>
public sealed class ListingOnDemandOptions
{
    public const string SectionName = "Listings:OnDemand";

    /// <summary>Below this many cached listings sharing a skill with the resume, the sources are asked on demand.</summary>
    [Range(0, 10_000)]
    public int MinimumCandidates { get; set; } = 5;

    /// <summary>The on-demand fetch gives up on sources still busy after this long, then ranks what it has.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The resume's most frequent skills sent as the search keywords.</summary>
    [Range(1, 20)]
    public int MaxKeywords { get; set; } = 3;
}
