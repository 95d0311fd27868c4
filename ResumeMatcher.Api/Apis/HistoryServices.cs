using ResumeMatcher.Core.Persistence;
using ResumeMatcher.Core.Skills;

namespace ResumeMatcher.Api.Apis;

/// <summary>The services the history endpoints use, bundled for <c>[AsParameters]</c>.</summary>
public sealed record HistoryServices(
    ResumeMatcherDbContext Db,
    SkillTaxonomy Skills,
    TimeProvider Time,
    ILogger<HistoryServices> Logger);
