namespace ResumeMatcher.Core.Tasks;

/// <summary>Where a task is in the pipeline, in order.</summary>
public enum MatchStage
{
    Queued,
    Parse,
    Profile,
    Listings,
    Rank,
    Store,
    Done,
}
