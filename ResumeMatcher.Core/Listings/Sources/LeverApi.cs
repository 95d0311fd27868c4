using Refit;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>Lever's public postings API (api.lever.co/v0/postings/SITE), keyless.</summary>
public interface ILeverApi
{
    [Get("/v0/postings/{site}?mode=json")]
    Task<IReadOnlyList<LeverPosting>> GetPostingsAsync(string site, CancellationToken cancellationToken);
}

public sealed record LeverPosting
{
    public string? Id { get; init; }

    public string? Text { get; init; }

    public string? HostedUrl { get; init; }

    public long? CreatedAt { get; init; }

    public string? WorkplaceType { get; init; }

    public LeverCategories? Categories { get; init; }

    /// <summary>The whole description as HTML (opening and body); the lists and closing come separately.</summary>
    public string? Description { get; init; }

    public IReadOnlyList<LeverList>? Lists { get; init; }

    public string? Additional { get; init; }

    public LeverSalaryRange? SalaryRange { get; init; }
}

public sealed record LeverCategories(string? Location, string? Commitment, string? Team, IReadOnlyList<string>? AllLocations);

public sealed record LeverList(string? Text, string? Content);

public sealed record LeverSalaryRange(decimal? Min, decimal? Max, string? Currency, string? Interval);
