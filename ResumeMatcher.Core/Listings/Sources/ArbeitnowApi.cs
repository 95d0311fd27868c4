using Refit;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>
/// Arbeitnow's public job board API (www.arbeitnow.com/api/job-board-api), keyless, paged. Modelled on its documented
/// format: no saved response of it exists in the evaluation data.
/// </summary>
public interface IArbeitnowApi
{
    [Get("/api/job-board-api")]
    Task<ArbeitnowResponse> GetJobsAsync([AliasAs("page")] int page, CancellationToken cancellationToken);
}

public sealed record ArbeitnowResponse(IReadOnlyList<ArbeitnowJob>? Data, ArbeitnowLinks? Links);

public sealed record ArbeitnowLinks(string? Next);

public sealed record ArbeitnowJob
{
    public string? Slug { get; init; }

    public string? CompanyName { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public bool? Remote { get; init; }

    public string? Url { get; init; }

    public string? Location { get; init; }

    public long? CreatedAt { get; init; }
}
