namespace ResumeMatcher.Worker.Tasks;

/// <summary>What to do with a stream entry after processing its task.</summary>
public enum TaskOutcome
{
    /// <summary>The task is finished (or owned elsewhere): acknowledge the entry.</summary>
    Acknowledge,

    /// <summary>Leave the entry pending so it is delivered again after the visibility timeout.</summary>
    Redeliver,
}
