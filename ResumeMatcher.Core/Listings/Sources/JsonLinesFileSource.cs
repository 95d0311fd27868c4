using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ResumeMatcher.Core.Listings.Sources;

/// <summary>
/// Listings from a local JSON Lines file in the shared listing shape: the offline default, and the way to
/// match against a corpus of one's own.
/// </summary>
public sealed class JsonLinesFileSource(IOptions<JsonLinesFileSourceOptions> options) : IJobSource
{
    public const string SourceName = "file";

    public string Name => SourceName;

    public async Task<IReadOnlyList<JobListing>> FetchAsync(ListingQuery query, CancellationToken cancellationToken)
    {
        var path = ResolvePath(options.Value.Path);
        return await ReadAsync(path, cancellationToken);
    }

    public static string ResolvePath(string path) =>
        System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(AppContext.BaseDirectory, path);

    public static async Task<IReadOnlyList<JobListing>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var listings = new List<JobListing>();
        var lineNumber = 0;
        using var reader = new StreamReader(path);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var listing = JsonSerializer.Deserialize(line, ListingJsonContext.Default.JobListing)
                    ?? throw new InvalidDataException("null listing");
                listings.Add(listing);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a listing in the JSON Lines shape: {ex.Message}", ex);
            }
        }

        return listings;
    }
}
