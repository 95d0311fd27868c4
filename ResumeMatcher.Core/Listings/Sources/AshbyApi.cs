using Refit;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>Ashby's public job posting API (api.ashbyhq.com/posting-api/job-board/ORG), keyless.</summary>
public interface IAshbyApi
{
    [Get("/posting-api/job-board/{organization}?includeCompensation=true")]
    Task<AshbyJobBoardResponse> GetJobBoardAsync(string organization, CancellationToken cancellationToken);
}

public sealed record AshbyJobBoardResponse(IReadOnlyList<AshbyJob>? Jobs);

public sealed record AshbyJob
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? Location { get; init; }

    public bool? IsRemote { get; init; }

    public bool? IsListed { get; init; }

    public string? WorkplaceType { get; init; }

    public string? PublishedAt { get; init; }

    public string? JobUrl { get; init; }

    public string? DescriptionHtml { get; init; }

    public string? DescriptionPlain { get; init; }

    public AshbyCompensation? Compensation { get; init; }
}

public sealed record AshbyCompensation(string? CompensationTierSummary, string? ScrapeableCompensationSalarySummary);
