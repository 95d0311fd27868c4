using Refit;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>Remotive's public remote-jobs API (remotive.com/api/remote-jobs), keyless.</summary>
public interface IRemotiveApi
{
    [Get("/api/remote-jobs")]
    Task<RemotiveResponse> GetJobsAsync(
        [AliasAs("search")] string? search,
        [AliasAs("category")] string? category,
        [AliasAs("limit")] int? limit,
        CancellationToken cancellationToken);
}

public sealed record RemotiveResponse(IReadOnlyList<RemotiveJob>? Jobs);

public sealed record RemotiveJob
{
    [System.Text.Json.Serialization.JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? CompanyName { get; init; }

    public string? PublicationDate { get; init; }

    public string? CandidateRequiredLocation { get; init; }

    public string? Salary { get; init; }

    public string? Description { get; init; }
}
