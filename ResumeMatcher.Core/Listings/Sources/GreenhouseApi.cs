using System.Text.Json.Serialization;
using Refit;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>Greenhouse's public Job Board API (boards-api.greenhouse.io), keyless.</summary>
public interface IGreenhouseApi
{
    [Get("/v1/boards/{boardToken}/jobs?content=true")]
    Task<GreenhouseJobsResponse> GetJobsAsync(string boardToken, CancellationToken cancellationToken);
}

public sealed record GreenhouseJobsResponse(IReadOnlyList<GreenhouseJob>? Jobs);

public sealed record GreenhouseJob
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? AbsoluteUrl { get; init; }

    public GreenhouseLocation? Location { get; init; }

    /// <summary>HTML, escaped once more (&amp;lt;p&amp;gt;...).</summary>
    public string? Content { get; init; }

    public string? CompanyName { get; init; }

    public string? FirstPublished { get; init; }

    public string? UpdatedAt { get; init; }
}

public sealed record GreenhouseLocation(string? Name);
