using System.Text.Json;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>
/// Parses a saved board response (a file, not a request) with the same mapping the live source uses: for the CLI's
/// <c>listings parse</c> and for checking a parser against a response someone saved.
/// </summary>
public static class SavedResponseParser
{
    public static IReadOnlyList<string> SourceNames { get; } =
    [
        GreenhouseSource.SourceName, LeverSource.SourceName, AshbySource.SourceName, RemotiveSource.SourceName,
        RemoteOkSource.SourceName, ArbeitnowSource.SourceName, IndeedSource.SourceName, LinkedInSource.SourceName,
    ];

    /// <param name="source">A source name ("greenhouse", "indeed", ...).</param>
    /// <param name="content">The response body.</param>
    /// <param name="site">The site the page came from, for the scrapers' URLs (their default base URL when null).</param>
    /// <param name="token">The board token, site or organisation (Greenhouse, Lever, Ashby); read from the first job's URL when null.</param>
    public static IReadOnlyList<JobListing> Parse(string source, string content, Uri? site = null, string? token = null) => source.ToLowerInvariant() switch
    {
        GreenhouseSource.SourceName => GreenhouseSource.Map(
            Json(content, SnakeCaseBoardJsonContext.Default.GreenhouseJobsResponse), token ?? ""),
        LeverSource.SourceName => Lever(content, token),
        AshbySource.SourceName => Ashby(content, token),
        RemotiveSource.SourceName => RemotiveSource.Map(Json(content, SnakeCaseBoardJsonContext.Default.RemotiveResponse)),
        RemoteOkSource.SourceName => RemoteOkSource.Map(Json(content, SnakeCaseBoardJsonContext.Default.IReadOnlyListRemoteOkJob)),
        ArbeitnowSource.SourceName => ArbeitnowSource.Map(Json(content, SnakeCaseBoardJsonContext.Default.ArbeitnowResponse)),
        IndeedSource.SourceName => IndeedSource.Parse(content, site ?? new IndeedSourceOptions().BaseUri),
        LinkedInSource.SourceName => LinkedInSource.Parse(content, site ?? new LinkedInSourceOptions().BaseUri),
        _ => throw new ArgumentException($"No parser for source '{source}'. Known: {string.Join(", ", SourceNames)}.", nameof(source)),
    };

    private static IReadOnlyList<JobListing> Lever(string content, string? token)
    {
        var postings = Json(content, CamelCaseBoardJsonContext.Default.IReadOnlyListLeverPosting);
        return LeverSource.Map(postings, token ?? FirstPathSegment(postings.FirstOrDefault()?.HostedUrl));
    }

    private static IReadOnlyList<JobListing> Ashby(string content, string? token)
    {
        var board = Json(content, CamelCaseBoardJsonContext.Default.AshbyJobBoardResponse);
        return AshbySource.Map(board, token ?? FirstPathSegment(board.Jobs?.FirstOrDefault()?.JobUrl));
    }

    private static T Json<T>(string content, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(content, type) ?? throw new InvalidDataException("the response is JSON null");

    private static string FirstPathSegment(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Segments.ElementAtOrDefault(1)?.Trim('/') ?? "" : "";
}
