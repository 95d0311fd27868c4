namespace ResumeMatcher.Core.Listings;

/// <summary>What a source is asked for: free-text keywords (often skills) and an optional location.</summary>
public sealed record ListingQuery(IReadOnlyList<string> Keywords, string? Location = null)
{
    public static ListingQuery Everything { get; } = new([]);
}
