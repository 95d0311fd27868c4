using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Api.Uploads;

public sealed class UploadOptions
{
    public const string SectionName = "Upload";

    /// <summary>The largest resume file accepted, in bytes (default 5 MB).</summary>
    [Range(1_024, 100 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Room for multipart headers and form fields beyond the file itself.</summary>
    [Range(1_024, 1024 * 1024)]
    public long MultipartOverheadBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// A file uploaded again (same SHA-256) within this long of its first upload reuses the stored resume, with a new
    /// task. Zero turns reuse off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan ReuseWindow { get; set; } = TimeSpan.FromDays(1);
}
