using System.ComponentModel.DataAnnotations;

namespace ResumeMatcher.Worker.Tasks;

public sealed class TaskProcessingOptions
{
    public const string SectionName = "TaskProcessing";

    /// <summary>How long a worker's claim on a task lasts; past it, another worker may take the task over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A stream entry pending this long on a consumer that did not acknowledge it is reclaimed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts before a task that keeps failing ends as Failed.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Tasks run at once by one worker (0: one per processor core).</summary>
    [Range(0, 256)]
    public int MaxConcurrency { get; set; }

    /// <summary>How often an idle worker polls the stream (a pub/sub signal wakes it sooner).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often a worker looks for abandoned stream entries to reclaim.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ReclaimInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int EffectiveConcurrency => MaxConcurrency > 0 ? MaxConcurrency : Environment.ProcessorCount;
}
