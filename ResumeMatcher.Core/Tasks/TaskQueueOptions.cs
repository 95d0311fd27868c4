using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Core.Tasks;

public sealed class TaskQueueOptions
{
    public const string SectionName = "TaskQueue";

    [Required]
    public string StreamKey { get; set; } = "rm:tasks";

    [Required]
    public string ConsumerGroup { get; set; } = "workers";

    /// <summary>The pub/sub channel the Api signals after each enqueue so idle workers read at once.</summary>
    [Required]
    public string NotifyChannel { get; set; } = "rm:tasks:new";

    /// <summary>The stream is trimmed to about this many entries; PostgreSQL keeps the truth.</summary>
    [Range(1_000, 100_000_000)]
    public int MaxStreamLength { get; set; } = 100_000;
}
