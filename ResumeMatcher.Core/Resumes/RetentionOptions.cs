using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Core.Resumes;

/// <summary>How long personal data is kept.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>
    /// The raw uploaded bytes are dropped this long after the resume's last task ended (its text and profile stay, so
    /// history queries and re-uploads keep working). Zero drops them at the next retention run.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan DropUploadAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A resume, with its tasks and results, is erased once neither it nor any of its tasks is newer than this many days.</summary>
    [Range(1, 3650)]
    public int DeleteRecordsAfterDays { get; set; } = 90;
}
