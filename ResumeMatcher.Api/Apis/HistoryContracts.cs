using ResumeMatcher.Core.Resumes;
using ResumeMatcher.Core.Tasks;

namespace ResumeMatcher.Api.Apis;

/// <summary>One page of a longer list, with the total count of items that match.</summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>
/// A stored resume as an operator sees it: what was uploaded and the profile found in it, with its tasks. The
/// resume's text and contact details are not shown.
/// </summary>
public sealed record ResumeDetail(
    Guid ResumeId,
    string ContentHash,
    ResumeFormat Format,
    long SizeBytes,
    DateTimeOffset CreatedAt,
    bool ContentRetained,
    DateTimeOffset? ContentDroppedAt,
    IReadOnlyList<string> Titles,
    double? YearsOfExperience,
    string? HighestDegree,
    IReadOnlyList<SkillResponse> Skills,
    IReadOnlyList<TaskSummary> Tasks);

public sealed record TaskSummary(
    Guid TaskId,
    MatchTaskStatus Status,
    MatchStage Stage,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    string? FailureReason,
    int MatchCount);

/// <summary>A stored match: the listing as the user saw it, where it came from, and how it scored.</summary>
public sealed record MatchRecord(
    long MatchId,
    Guid TaskId,
    Guid ResumeId,
    DateTimeOffset MatchedAt,
    int Rank,
    string ListingId,
    string Title,
    string Company,
    string Location,
    bool? Remote,
    string Url,
    string Source,
    double Score,
    ScoreComponentsResponse ScoreComponents,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingSkills);

/// <summary>The most frequent skills over a period, in uploaded resumes and in the listings they were matched with.</summary>
public sealed record TrendingSkills(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<SkillCount> ResumeSkills,
    IReadOnlyList<SkillCount> ListingSkills);

/// <param name="Count">Resumes carrying the skill, or distinct matched listings carrying it.</param>
public sealed record SkillCount(string Name, int Count);
