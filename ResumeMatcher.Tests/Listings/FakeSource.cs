using ResumeMatcher.Core.Listings;

namespace ResumeMatcher.Tests.Listings;

/// <summary>A source whose answer the test decides; counts its fetches.</summary>
internal sealed class FakeSource(string name, Func<ListingQuery, CancellationToken, Task<IReadOnlyList<JobListing>>> fetch, bool searchesByQuery = false) : IJobSource
{
    private int _fetches;

    public string Name => name;

    public bool SearchesByQuery => searchesByQuery;

    public int Fetches => _fetches;

    public Task<IReadOnlyList<JobListing>> FetchAsync(ListingQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fetches);
        return fetch(query, cancellationToken);
    }

    public static JobListing Listing(string source, string id, string title, string company, string location, string url, string description = "") => new()
    {
        Id = $"{source}:{id}",
        Source = source,
        ExternalId = id,
        Title = title,
        Company = company,
        Location = location,
        Description = description,
        Url = url,
    };
}
