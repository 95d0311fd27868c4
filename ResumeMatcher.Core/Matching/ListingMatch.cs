using ResumeMatcher.Core.Listings;

namespace ResumeMatcher.Core.Matching;

/// <summary>A ranked match joined with the listing's details, looked up after ranking.</summary>
public sealed record ListingMatch(JobListing Listing, RankedMatch Match)
{
    /// <summary>
    /// Joins matches with their listings in rank order; a match whose listing is no longer to be found (it expired from
    /// the cache after the index was built) is left out.
    /// </summary>
    public static IReadOnlyList<ListingMatch> Join(IReadOnlyList<RankedMatch> matches, IReadOnlyDictionary<string, JobListing> listings) =>
        matches.Where(m => listings.ContainsKey(m.ListingId)).Select(m => new ListingMatch(listings[m.ListingId], m)).ToList();
}
