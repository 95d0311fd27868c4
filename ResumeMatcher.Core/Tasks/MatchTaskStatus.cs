namespace ResumeMatcher.Core.Tasks;

public enum MatchTaskStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
