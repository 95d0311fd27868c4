using Refit;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>Remote OK's public API (remoteok.com/api), keyless; element 0 is its legal notice.</summary>
public interface IRemoteOkApi
{
    [Get("/api")]
    Task<IReadOnlyList<RemoteOkJob>> GetJobsAsync([AliasAs("tag")] string? tag, CancellationToken cancellationToken);
}

public sealed record RemoteOkJob
{
    [System.Text.Json.Serialization.JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }

    public string? Position { get; init; }

    public string? Company { get; init; }

    public string? Location { get; init; }

    public string? Date { get; init; }

    public long? Epoch { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public long? SalaryMin { get; init; }

    public long? SalaryMax { get; init; }

    /// <summary>Only on element 0, the notice: link back to Remote OK when showing its jobs.</summary>
    public string? Legal { get; init; }
}
