using Microsoft.Extensions.Options;
using ResumeMatcher.Api.Uploads;
using ResumeMatcher.Core.Matching;
using ResumeMatcher.Core.Persistence;
using ResumeMatcher.Core.Tasks;

namespace ResumeMatcher.Api.Apis;

/// <summary>The services the match endpoints use, bundled for <c>[AsParameters]</c>.</summary>
public sealed record MatchJobsServices(
    ResumeMatcherDbContext Db,
    TaskQueue Queue,
    ResumeUploadReader Uploads,
    IOptions<MatchingOptions> Matching,
    IOptions<UploadOptions> UploadSettings,
    TimeProvider Time,
    ILogger<MatchJobsServices> Logger);
