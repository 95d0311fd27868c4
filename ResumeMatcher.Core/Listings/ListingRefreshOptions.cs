using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Core.Listings;

/// <summary>What the scheduled refresh asks the sources for, and how often (section "Listings:Refresh").</summary>
public sealed class ListingRefreshOptions
{
    public const string SectionName = "Listings:Refresh";

    /// <summary>How often each source is refreshed, unless <see cref="SourceIntervals"/> names it.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A refresh interval per source name ("remotive": "06:00:00"), for boards that ask to be called rarely.</summary>
    public Dictionary<string, TimeSpan> SourceIntervals { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Searches always run against the sources that search by query ("python developer", "data engineer").</summary>
    public List<string> Queries { get; set; } = [];

    /// <summary>Also search for this many of the skills seen most in recent resumes (0: none).</summary>
    [Range(0, 100)]
    public int TopResumeSkills { get; set; } = 5;

    /// <summary>Resumes uploaded within this window count as recent.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan RecentResumeWindow { get; set; } = TimeSpan.FromDays(14);

    /// <summary>An optional location added to every scheduled search.</summary>
    public string? Location { get; set; }

    public TimeSpan IntervalFor(string source) => SourceIntervals.TryGetValue(source, out var interval) && interval > TimeSpan.Zero ? interval : Interval;
}
