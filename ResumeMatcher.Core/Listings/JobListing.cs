namespace ResumeMatcher.Core.Listings;

/// <summary>
/// One job opening, in the single shape every source maps to (JSON: snake_case).
/// <see cref="Skills"/> is filled by skill extraction when the listing enters the cache.
/// </summary>
public sealed record JobListing
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string ExternalId { get; init; }
    public required string Title { get; init; }
    public required string Company { get; init; }
    public string Location { get; init; } = "";
    public bool? Remote { get; init; }
    public DateTimeOffset? PostedAt { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public string? Salary { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];
}
