namespace ResumeMatcher.Core.Matching;

/// <summary>The listings' titles as title similarity needs them: catalogue title and title word postings, word counts.</summary>
internal sealed record ListingTitles(
    Dictionary<string, int[]> CatalogTitleListings,
    Dictionary<string, int[]> TitleWordListings,
    int[] TitleWordCount)
{
    public static ListingTitles Empty { get; } = new([], [], []);
}
