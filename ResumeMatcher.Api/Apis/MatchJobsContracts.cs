using ResumeMatcher.Core.Listings;
using ResumeMatcher.Core.Tasks;

namespace ResumeMatcher.Api.Apis;

/// <summary>The answer to an accepted upload.</summary>
public sealed record MatchJobAccepted(Guid TaskId, MatchTaskStatus Status, string StatusUrl);

/// <summary>A task's status, and its profile and matches once completed.</summary>
public sealed record TaskStatusResponse(
    Guid TaskId,
    MatchTaskStatus Status,
    MatchStage Stage,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    string? FailureReason,
    IReadOnlyList<SkillResponse> Skills,
    IReadOnlyList<string> Titles,
    double? YearsOfExperience,
    string? HighestDegree,
    IReadOnlyList<SourceOutcome> Sources,
    IReadOnlyList<MatchResponse> Matches);


public sealed record SkillResponse(string Name, string Category, int Count);

public sealed record MatchResponse(
    int Rank,
    string Title,
    string Company,
    string Location,
    bool? Remote,
    string Description,
    string Url,
    string? Salary,
    string Source,
    double Score,
    ScoreComponentsResponse ScoreComponents,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills);

public sealed record ScoreComponentsResponse(double Cosine, double SkillCoverage, double TitleSimilarity);
