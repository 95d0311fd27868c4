using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Worker.Jobs;

/// <summary>When the Worker's scheduled jobs run.</summary>
public sealed class ScheduleOptions
{
    public const string SectionName = "Schedule";

    /// <summary>How often the sweeper looks for tasks the stream lost or a dead worker left behind.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A queued task not started this long after it was enqueued is put on the stream again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RequeueAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the retention job drops processed uploads and erases expired records.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromMinutes(10);
}
